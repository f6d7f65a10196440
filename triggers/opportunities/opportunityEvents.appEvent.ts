// Opportunity events from HighLevel's app events, via the relay, with their stages named.
import { pipelineSample, presentOpportunity, stagesOf } from '../../families/opportunities';
import type { EventAdapter } from '../../steps/appEventHook';
import { eventOutputLabels, PIPELINES_CALL, type StageDirectory, stageDirectory } from './opportunityEvents';

/** Opportunity events carry the opportunity under the record's names (`dateAdded` for `createdAt`), with its stage by name. */
export const opportunityEvents: EventAdapter<StageDirectory> = {
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
