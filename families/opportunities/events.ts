// Opportunities: the event triggers (new, stage changed, status changed) and their workflow-webhook twin.
import type { Bundle, ZObject } from 'zapier-platform-core';
import { firstValue, isObject, listIn } from '../../highlevel/answers';
import { connectionCache } from '../../highlevel/cache';
import { compact, ghl } from '../../highlevel/request';
import { connectedLocation } from '../../highlevel/connection';
import type { FieldSpec } from '../../steps/fields';
import { OPPORTUNITY_SCOPES, pipelineIdField } from './fields';
import { opportunityOutputLabels, opportunitySample, stagesOf } from './samples';

// The search sorts by creation only (the documents offer added_asc/added_desc), so these polls see
// the page of most recently created opportunities, filtered by the pipeline (and stage or status).

export const eventPipelineField: FieldSpec = {
  ...pipelineIdField(false, 'Only opportunities in this pipeline. Leave empty for every pipeline.'), as: 'pipeline_id',
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

/** An opportunity as the Webhook action of a "Pipeline Stage Changed" workflow posts it. */
export const opportunityAsWebhookPayload = (o: Record<string, any>): Record<string, any> => ({
  contact_id: o.contactId ?? o.contact?.id,
  full_name: o.contact?.name,
  email: o.contact?.email,
  phone: o.contact?.phone,
  company_name: o.contact?.companyName,
  tags: Array.isArray(o.contact?.tags) ? o.contact.tags.join(',') : o.contact?.tags,
  opportunity_id: o.opportunityId ?? o.id,
  opportunity_name: o.name,
  status: o.status,
  lead_value: o.monetaryValue,
  opportunity_source: o.source,
  pipeline_id: o.pipelineId,
  pipeline_name: o.pipelineName,
  pipeline_stage_id: o.pipelineStageId,
  // HighLevel's own spelling in its workflow payloads.
  pipleline_stage: o.stageName,
  assigned_to: o.assignedTo,
  date_created: o.createdAt,
  location: { id: o.locationId },
});

/** Clean labelled opportunity fields of a workflow payload, whichever spelling it uses. */
export const presentOpportunityPayload = (p: Record<string, any>) => {
  const o = isObject(p.opportunity) ? p.opportunity : {};
  return compact({
    // The Webhook action posts the opportunity's own ID as the top-level `id` (beside `opportunity_name`).
    opportunityId: firstValue(p.opportunity_id, p.opportunityId, o.id, p.opportunity_name !== undefined ? p.id : undefined),
    opportunityName: firstValue(p.opportunity_name, p.opportunityName, o.name),
    stageName: firstValue(p.pipleline_stage, p.pipeline_stage, p.stageName, p.stage_name, o.stageName),
    stageId: firstValue(p.pipeline_stage_id, p.pipelineStageId, o.pipelineStageId),
    pipelineName: firstValue(p.pipeline_name, p.pipelineName, o.pipelineName),
    pipelineId: firstValue(p.pipeline_id, p.pipelineId, o.pipelineId),
    opportunityStatus: firstValue(p.status, o.status),
    value: firstValue(p.lead_value, p.monetaryValue, o.monetaryValue),
  });
};

/** What the Webhook action of a "Pipeline Stage Changed" workflow posts: the instant trigger's sample payload. */
export const opportunityWebhookPayload = {
  contact_id: 'seD4PfOuKoVMLkEZqohJ',
  full_name: 'Jane Doe',
  email: 'jane@example.com',
  phone: '+14155550123',
  company_name: 'Acme Plumbing',
  tags: 'rankr-lead,seo',
  opportunity_id: 'yWQobCRIhRguQtD2llvk',
  opportunity_name: 'Local SEO package - Acme Plumbing',
  status: 'open',
  lead_value: 1500,
  opportunity_source: 'Rankr',
  pipeline_id: 'VDm7RPYC2GLUvdpKmBfC',
  pipeline_name: 'SEO Sales',
  pipeline_stage_id: '7915dedc-8f18-44d5-8bc3-77c04e994a10',
  pipleline_stage: 'Proposal Sent',
  assigned_to: 'y0BeYjuRIlDwsDcOHOJo',
  date_created: '2026-11-20T09:31:30.255Z',
  location: { id: 've9EPM428h8vShlRW1KT', name: 'Acme Plumbing' },
  workflow: { id: 'b2f0a8d1-6c3e-4f57-9a7e-1d2c3b4a5f60', name: 'Deal moved' },
  triggerData: {},
  customData: {},
};

export const opportunityWebhookLabels = {
  opportunity_id: 'Opportunity ID (as Posted)',
  pipleline_stage: 'Stage (as Posted)',
  lead_value: 'Value (as Posted)',
  opportunityId: 'Opportunity ID',
  opportunityName: 'Opportunity Name',
  stageName: 'Stage Name',
  stageId: 'Stage ID',
  pipelineName: 'Pipeline Name',
  pipelineId: 'Pipeline ID',
  opportunityStatus: 'Opportunity Status',
  value: 'Value',
};
