import { OPPORTUNITY_SCOPES, opportunityOutput, searchOpportunities } from '../../families/opportunities';
import { listIn } from '../../highlevel/answers';
import { pageOf } from '../../steps/call';
import { trigger } from '../../steps/define';
import type { FieldSpec } from '../../steps/fields';
import { changeSample, eventOutputLabels, eventPipelineField, STATUS_CHANGES, statusChangeOf } from './opportunityEvents';

const fields: FieldSpec[] = [
  eventPipelineField,
  {
    key: 'statusChange',
    label: 'Status',
    in: 'none',
    choices: STATUS_CHANGES,
    example: 'won',
    helpText:
      'Only this change: won, lost, abandoned, or reopened (back to open after being won, lost or abandoned). Leave empty for all four.',
  },
];

// Dedupe key: opportunity id + status + the time the status last changed, so won → lost → won fires
// three times and an unchanged opportunity never again. "Reopened" needs no history: an open
// opportunity whose status changed after it was created can only have come back from a closed one.
export default trigger({
  ...opportunityOutput,
  key: 'opportunity_status_changed',
  noun: 'Opportunity',
  label: 'Opportunity Status Changed',
  description: 'Triggers when an opportunity is won, lost, abandoned or reopened (watches the 100 most recently created opportunities).',
  endpoint: 'GET /opportunities/search',
  scopes: OPPORTUNITY_SCOPES.read,
  fields,
  perform: async (z, bundle, input) => {
    // Won, lost and abandoned filter at HighLevel (no choice: `all`, not HighLevel's default); reopened
    // ones are open ones, sorted out below.
    const status = input.statusChange === 'reopened' ? 'open' : (input.statusChange ?? 'all');
    const data = await searchOpportunities(z, bundle, { pipeline_id: input.pipelineId, status }, pageOf(bundle).limit);
    return listIn(data, 'opportunities')
      .map((o) => ({ ...o, statusChange: statusChangeOf(o) }))
      .filter((o) => o.statusChange && (!input.statusChange || o.statusChange === input.statusChange));
  },
  // Pages on with HighLevel's startAfter cursor, kept in Zapier's cursor store.
  canPaginate: true,
  newest: 'lastStatusChangeAt',
  dedupe: { changedBy: ['status', 'lastStatusChangeAt'], idAs: 'opportunityId' },
  // No stage names here (Stage Changed reads them): the sample carries only what this poll returns.
  sample: (({ stageName: _s, pipelineName: _p, ...rest }) => rest)(
    changeSample('won:2026-11-22T16:45:00.000Z', { status: 'won', statusChange: 'won', lastStatusChangeAt: '2026-11-22T16:45:00.000Z' }),
  ),
  outputLabels: eventOutputLabels,
});
