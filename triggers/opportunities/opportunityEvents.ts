// Opportunity events, polling: new opportunities, stage and status changes, with stages named.
import type { Bundle, ZObject } from 'zapier-platform-core';
import { OPPORTUNITY_SCOPES, opportunityOutputLabels, opportunitySample, pipelineIdField, stagesOf } from '../../families/opportunities';
import { isObject, listIn } from '../../highlevel/answers';
import { connectionCache } from '../../highlevel/cache';
import { connectedLocation } from '../../highlevel/connection';
import { ghl } from '../../highlevel/request';
import type { FieldSpec } from '../../steps/fields';

// The search sorts by creation only (the documents offer added_asc/added_desc), so these polls see
// the page of most recently created opportunities, filtered by the pipeline (and stage or status).

export const eventPipelineField: FieldSpec = {
  ...pipelineIdField(false, 'Only opportunities in this pipeline. Leave empty for every pipeline.'),
  as: 'pipeline_id',
};

/** Stage ID → its name and pipeline's name, from GET /opportunities/pipelines. */
export type StageDirectory = Record<string, { stageName?: string; pipelineName?: string }>;

/** Pipelines change rarely: one extra request per hour at most keeps polls at one request. */
const STAGES_TTL_SECONDS = 60 * 60;

/**
 * Stage names for the connected sub-account, kept in Zapier's cache (per connection) so an
 * ordinary poll stays one request; without a cache (local runs) they are read every time.
 */
export const stageDirectory = async (z: ZObject, bundle: Bundle): Promise<StageDirectory> => {
  const cache = connectionCache(z);
  const key = `highlevel:stages:${connectedLocation(bundle)}`;
  const hit = await cache.get(key);
  if (isObject(hit)) return hit as StageDirectory;
  const data = await ghl(z, bundle, 'GET /opportunities/pipelines', { location: 'query' });
  const directory: StageDirectory = Object.fromEntries(
    stagesOf(listIn(data, 'pipelines')).map((s) => [s.id, { stageName: s.stageName, pipelineName: s.pipelineName }]),
  );
  await cache.set(key, directory, STAGES_TTL_SECONDS);
  return directory;
};

export const PIPELINES_CALL = { endpoint: 'GET /opportunities/pipelines' as const, scopes: OPPORTUNITY_SCOPES.read };

/** An opportunity with its stage and pipeline by name, when the pipelines list knows them. */
export const withStageNames = (o: Record<string, any>, stages: StageDirectory) => ({
  ...o,
  stageName: stages[o.pipelineStageId]?.stageName,
  pipelineName: stages[o.pipelineStageId]?.pipelineName,
});

/** A stage or status set when the record was created is not a change; HighLevel stamps both alike. */
const CREATION_SLACK_MS = 5_000;
export const changedAfterCreation = (o: Record<string, any>, stampKey: string) => {
  const changed = Date.parse(String(o[stampKey] ?? ''));
  const created = Date.parse(String(o.createdAt ?? ''));
  return Number.isFinite(changed) && (!Number.isFinite(created) || changed - created > CREATION_SLACK_MS);
};

export const STATUS_CHANGES = { won: 'Won', lost: 'Lost', abandoned: 'Abandoned', reopened: 'Reopened' };

/**
 * What a status change was: won, lost or abandoned, or "reopened" for an open opportunity whose
 * status changed after it was created (it can only have left won, lost or abandoned). Open
 * opportunities never changed are not status changes.
 */
export const statusChangeOf = (o: Record<string, any>): string | undefined => {
  if (o.status === 'open') return changedAfterCreation(o, 'lastStatusChangeAt') ? 'reopened' : undefined;
  return typeof o.status === 'string' && o.status in STATUS_CHANGES ? o.status : undefined;
};

export const eventOutputLabels = {
  ...opportunityOutputLabels,
  id: 'Change ID',
  opportunityId: 'Opportunity ID',
  stageName: 'Stage Name',
  pipelineName: 'Pipeline Name',
  statusChange: 'Status Change (won, lost, abandoned, reopened)',
  lastStageChangeAt: 'Moved to Stage At',
  lastStatusChangeAt: 'Status Changed At',
};

/** The sample of a change trigger: composite id, the record id kept, stage and pipeline by name. */
export const changeSample = (stamp: string, extra: Record<string, unknown> = {}) => ({
  ...opportunitySample,
  id: `${opportunitySample.id}:${stamp}`,
  opportunityId: opportunitySample.id,
  stageName: 'Proposal Sent',
  pipelineName: 'SEO Sales',
  ...extra,
});
