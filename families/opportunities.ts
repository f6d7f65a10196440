// Opportunities family: fields, samples, the pipeline/stage dropdowns, custom fields and the
// startAfter paging of the opportunity search, shared by its steps.
import type { Bundle, ZObject } from 'zapier-platform-core';
import { isObject, listIn } from '../highlevel/answers';
import { connectionCache } from '../highlevel/cache';
import { compact, connectedLocation, ghl } from '../highlevel/request';
import { pageOf } from '../steps/define';
import type { FieldSpec } from '../steps/fields';
import { firstValue } from '../steps/instant';
import type { EventFamily } from '../steps/restHook';
import { contactIdField, userIdField } from './contacts';
import { customFieldsById, withCustomFields } from './customFields';

export const OPPORTUNITY_SCOPES = { read: ['opportunities.readonly'], write: ['opportunities.write'] };

// ---- ID fields ----

export const opportunityIdField: FieldSpec = {
  key: 'opportunityId', as: 'id', in: 'path', label: 'Opportunity', required: true,
  help: 'The HighLevel opportunity. Pick one, or map an Opportunity ID from an earlier step (for example Find Opportunity).',
  dynamic: 'search_opportunities.id.name', search: 'find_opportunity.id', example: 'yWQobCRIhRguQtD2llvk',
};

export const pipelineIdField = (required: boolean, help = 'The pipeline the opportunity belongs to. Pick one, or map a Pipeline ID.'): FieldSpec => ({
  key: 'pipelineId', label: 'Pipeline', required, help,
  dynamic: 'list_pipelines.id.name', altersDynamicFields: true, example: 'VDm7RPYC2GLUvdpKmBfC',
});

export const stageIdField = (help = 'The stage within the chosen pipeline. Choose the pipeline first to see its stages.'): FieldSpec => ({
  key: 'pipelineStageId', label: 'Stage', help,
  dynamic: 'list_pipeline_stages.id.name', example: 'e93ba61a-53b3-45e7-985a-c7732dbcdb69',
});

export const OPPORTUNITY_STATUS = { open: 'Open', won: 'Won', lost: 'Lost', abandoned: 'Abandoned' };

export const statusField = (required: boolean, help = 'Open, won, lost or abandoned.'): FieldSpec => ({
  key: 'status', label: 'Status', required, choices: OPPORTUNITY_STATUS, help, example: 'open',
});

export const lostReasonIdField: FieldSpec = {
  key: 'lostReasonId', label: 'Lost Reason', dynamic: 'list_lost_reasons.id.name', example: 've9EPM428h8vShlRW1KT',
  help: "Why the deal was lost, from the sub-account's list of lost reasons. Only used when the status is Lost.",
};

export const followersField: FieldSpec = {
  key: 'followers', label: 'Followers', type: 'list', required: true, dynamic: 'list_users.id.name',
  help: 'HighLevel users who follow the record and get its notifications: pick them or map User IDs.',
  example: ['y0BeYjuRIlDwsDcOHOJo'],
};

// ---- Create / update ----

/** Opportunity inputs; create needs name, pipeline, status and contact. */
export const opportunityFields = ({ isNew }: { isNew: boolean }): FieldSpec[] => [
  { key: 'name', label: 'Name', required: isNew, help: 'What the deal is called, shown on the pipeline card.', example: 'Local SEO package - Acme Plumbing' },
  pipelineIdField(isNew),
  stageIdField(),
  statusField(isNew, isNew ? 'Open for a new deal; won, lost or abandoned to record a closed one.' : 'Open, won, lost or abandoned. Leave empty to keep it.'),
  ...(isNew ? [{ ...contactIdField, help: 'The contact the deal is with. Pick one, or map a Contact ID from an earlier step (for example Find Contact).' }] : []),
  { key: 'monetaryValue', label: 'Value', type: 'number', help: 'Deal value in the sub-account currency, like 1500 or 1500.50.', example: 1500 },
  userIdField('assignedTo', 'Assigned User', 'The HighLevel user who owns the deal.'),
];

// ---- Samples ----

export const opportunitySample = {
  id: 'yWQobCRIhRguQtD2llvk',
  name: 'Local SEO package - Acme Plumbing',
  monetaryValue: 1500,
  pipelineId: 'VDm7RPYC2GLUvdpKmBfC',
  pipelineStageId: 'e93ba61a-53b3-45e7-985a-c7732dbcdb69',
  assignedTo: 'y0BeYjuRIlDwsDcOHOJo',
  status: 'open',
  source: 'Rankr',
  lastStatusChangeAt: '2026-11-20T09:31:30.255Z',
  lastStageChangeAt: '2026-11-21T14:02:11.000Z',
  createdAt: '2026-11-20T09:31:30.255Z',
  updatedAt: '2026-11-21T14:02:11.000Z',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  locationId: 've9EPM428h8vShlRW1KT',
  contact: {
    id: 'seD4PfOuKoVMLkEZqohJ',
    name: 'Jane Doe',
    companyName: 'Acme Plumbing',
    email: 'jane@example.com',
    phone: '+14155550123',
    tags: ['rankr-lead', 'seo'],
  },
  followers: ['y0BeYjuRIlDwsDcOHOJo'],
};

export const opportunityOutputLabels = {
  id: 'Opportunity ID',
  monetaryValue: 'Value',
  pipelineStageId: 'Stage ID',
  assignedTo: 'Assigned User ID',
  contact__id: 'Contact ID',
  contact__name: 'Contact Name',
  'contact__tags[]': 'Contact Tags',
  'followers[]': 'Follower User IDs',
};

export const pipelineSample = {
  id: 'VDm7RPYC2GLUvdpKmBfC',
  name: 'SEO Sales',
  stages: [
    { id: 'e93ba61a-53b3-45e7-985a-c7732dbcdb69', name: 'New Lead', position: 0 },
    { id: '7915dedc-8f18-44d5-8bc3-77c04e994a10', name: 'Proposal Sent', position: 1 },
  ],
  showInFunnel: true,
  showInPieChart: true,
  locationId: 've9EPM428h8vShlRW1KT',
};

export const stageSample = {
  id: 'e93ba61a-53b3-45e7-985a-c7732dbcdb69',
  name: 'New Lead',
  stageName: 'New Lead',
  position: 0,
  pipelineId: 'VDm7RPYC2GLUvdpKmBfC',
  pipelineName: 'SEO Sales',
};

/** An opportunity as Zap steps map it: always a name (some are blank), custom fields by id. */
export const presentOpportunity = (o: Record<string, any>) => ({
  ...o,
  name: o.name || o.contact?.name || o.id,
  ...customFieldsById(o),
});

/** `opportunityOutput` for every step returning opportunities; `opportunityForm` for create and update. */
export const { output: opportunityOutput, form: opportunityForm } = withCustomFields(
  'opportunity', presentOpportunity, opportunitySample, opportunityOutputLabels,
);

/**
 * Stages of one pipeline (or of all, labelled "Pipeline › Stage", when none is chosen yet).
 * HighLevel nests stages in the pipelines answer; items that are not objects are skipped.
 */
export const stagesOf = (pipelines: any[], pipelineId?: string) => {
  const chosen = pipelines.filter(isObject).filter((p) => !pipelineId || p.id === pipelineId);
  return chosen.flatMap((p) =>
    (Array.isArray(p.stages) ? p.stages : []).filter(isObject).filter((s: any) => s.id).map((s: any) => ({
      ...s,
      stageName: s.name,
      name: pipelineId ? s.name ?? s.id : `${p.name ?? p.id} › ${s.name ?? s.id}`,
      pipelineId: p.id,
      pipelineName: p.name,
    })),
  );
};

// ---- Search (shared by the Search Opportunities trigger and the Find Opportunity search) ----

export const searchFilterFields: FieldSpec[] = [
  { key: 'q', label: 'Search Text', help: "Matches the opportunity name or the contact's name, email or phone.", example: 'acme' },
  { ...pipelineIdField(false, 'Only opportunities in this pipeline.'), as: 'pipeline_id' },
  { ...stageIdField('Only opportunities in this stage. Choose the pipeline first to see its stages.'), as: 'pipeline_stage_id' },
  { key: 'status', label: 'Status', choices: { ...OPPORTUNITY_STATUS, all: 'All' }, help: 'Only opportunities with this status; leave empty for all.', example: 'open' },
  { ...userIdField('assignedTo', 'Assigned User', 'Only opportunities owned by this HighLevel user.'), as: 'assigned_to' },
  { ...contactIdField, required: false, as: 'contact_id', help: 'Only opportunities with this contact. Pick one, or map a Contact ID.' },
];

/** Zapier's cursor, only where it is kept: dropdowns asking for their next page. */
const cursorOf = async (z: ZObject, bundle: Bundle) => {
  if (!bundle.meta?.isFillingDynamicDropdown || !bundle.meta?.page) return undefined;
  try {
    const raw = await z.cursor.get();
    const parsed = raw ? JSON.parse(raw) : undefined;
    return parsed && parsed.startAfter && parsed.startAfterId ? (parsed as { startAfter: string; startAfterId: string }) : undefined;
  } catch {
    return undefined;
  }
};

const keepCursor = async (z: ZObject, bundle: Bundle, meta: any) => {
  if (!bundle.meta?.isFillingDynamicDropdown || !meta?.startAfter || !meta?.startAfterId) return;
  try {
    await z.cursor.set(JSON.stringify({ startAfter: String(meta.startAfter), startAfterId: String(meta.startAfterId) }));
  } catch {
    // No cursor store here (for example a test run): the next page falls back to page numbers.
  }
};

/**
 * One GET /opportunities/search, newest first. The first page needs no cursor; a dropdown's next
 * pages continue after the last record via startAfter/startAfterId (HighLevel's own paging),
 * falling back to the page number when no cursor was kept.
 */
export const searchOpportunities = async (
  z: ZObject,
  bundle: Bundle,
  query: Record<string, unknown>,
  limit: number,
) => {
  const { page } = pageOf(bundle);
  const cursor = page > 0 ? await cursorOf(z, bundle) : undefined;
  const data = await ghl(z, bundle, 'GET /opportunities/search', {
    location: 'location_id',
    query: {
      ...query,
      order: 'added_desc',
      limit,
      ...(cursor ? { startAfter: cursor.startAfter, startAfterId: cursor.startAfterId } : page > 0 ? { page: page + 1 } : {}),
    },
  });
  await keepCursor(z, bundle, data?.meta);
  return data;
};

// ---- Event triggers (new, stage changed, status changed) and their instant twin ----
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

export const opportunityWebhookSample = {
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
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  name: 'Jane Doe',
  opportunityId: 'yWQobCRIhRguQtD2llvk',
  opportunityName: 'Local SEO package - Acme Plumbing',
  stageName: 'Proposal Sent',
  stageId: '7915dedc-8f18-44d5-8bc3-77c04e994a10',
  pipelineName: 'SEO Sales',
  pipelineId: 'VDm7RPYC2GLUvdpKmBfC',
  opportunityStatus: 'open',
  value: 1500,
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

// ---- App events (instant via the relay) ----

/** Opportunity events carry the opportunity under the record's names (`dateAdded` for `createdAt`), with its stage by name. */
export const opportunityEvents: EventFamily<StageDirectory> = {
  asEvent: (o) => ({ ...o, id: o.opportunityId ?? o.id, dateAdded: o.createdAt, timestamp: o.updatedAt ?? o.createdAt }),
  present: (e, stages = {}) => ({
    opportunityId: e.id,
    name: presentOpportunity(e).name,
    value: e.monetaryValue,
    stageName: stages[e.pipelineStageId]?.stageName,
    pipelineName: stages[e.pipelineStageId]?.pipelineName,
  }),
  labels: { ...eventOutputLabels, id: 'Event ID', monetaryValue: 'Value (as Delivered)', value: 'Value', dateAdded: 'Date Added' },
  lookup: {
    load: stageDirectory,
    sample: Object.fromEntries(stagesOf([pipelineSample]).map((s) => [s.id, { stageName: s.stageName, pipelineName: s.pipelineName }])),
    ...PIPELINES_CALL,
  },
};
