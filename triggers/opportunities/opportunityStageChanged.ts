import { OPPORTUNITY_SCOPES, opportunityOutput, searchOpportunities, stageIdField } from '../../families/opportunities';
import { listIn } from '../../highlevel/answers';
import { pageOf } from '../../steps/call';
import { trigger } from '../../steps/define';
import { requestParts, type FieldSpec } from '../../steps/fields';
import {
  changedAfterCreation,
  changeSample,
  eventOutputLabels,
  eventPipelineField,
  PIPELINES_CALL,
  stageDirectory,
  withStageNames,
} from './opportunityEvents';

const fields: FieldSpec[] = [
  eventPipelineField,
  {
    ...stageIdField('Only moves into this stage (choose the pipeline first to see its stages). Leave empty for every stage.'),
    as: 'pipeline_stage_id',
  },
];

// Dedupe key: opportunity id + stage id + the time it moved there, so each move fires once (even
// back to a stage it was in before) and an unmoved opportunity never fires again.
export default trigger({
  ...opportunityOutput,
  key: 'opportunity_stage_changed',
  noun: 'Opportunity',
  label: 'Opportunity Stage Changed',
  description:
    'Triggers when an opportunity moves to another pipeline stage, with the new stage by name (watches the 100 most recently created opportunities).',
  endpoint: 'GET /opportunities/search',
  scopes: OPPORTUNITY_SCOPES.read,
  alsoCalls: [...opportunityOutput.alsoCalls, PIPELINES_CALL],
  fields,
  // One search per poll; stage names come from the cached pipelines list (read at most hourly).
  perform: async (z, bundle, input) => {
    const query = requestParts(fields, input, 'GET', '/opportunities/search').query;
    const moved = listIn(await searchOpportunities(z, bundle, query, pageOf(bundle).limit), 'opportunities').filter((o) =>
      changedAfterCreation(o, 'lastStageChangeAt'),
    );
    if (!moved.length) return [];
    const stages = await stageDirectory(z, bundle);
    return moved.map((o) => withStageNames(o, stages));
  },
  // Pages on with HighLevel's startAfter cursor, kept in Zapier's cursor store.
  canPaginate: true,
  newest: 'lastStageChangeAt',
  dedupe: { changedBy: ['pipelineStageId', 'lastStageChangeAt'], idAs: 'opportunityId' },
  sample: changeSample('7915dedc-8f18-44d5-8bc3-77c04e994a10:2026-11-21T14:02:11.000Z', {
    pipelineStageId: '7915dedc-8f18-44d5-8bc3-77c04e994a10',
  }),
  outputLabels: eventOutputLabels,
});
