import { stageIdField } from '../../families/opportunities';
import { appEventHook } from '../../steps/define';
import opportunityStageChanged from './opportunityStageChanged';
import { eventPipelineField } from './opportunityEvents';
import { opportunityEvents } from './opportunityEvents.appEvent';

export default appEventHook({
  key: 'opportunity_stage_changed_hook',
  noun: 'Opportunity',
  label: 'Opportunity Stage Changed (Instant)',
  description: 'Triggers when an opportunity moves to another pipeline stage, with the new stage by name.',
  events: ['OpportunityStageUpdate'],
  adapter: opportunityEvents,
  fields: [
    eventPipelineField,
    stageIdField('Only moves into this stage (choose the pipeline first to see its stages). Leave empty for every stage.'),
  ],
  filterBy: { pipelineId: 'pipelineId', pipelineStageId: 'pipelineStageId' },
  list: { step: opportunityStageChanged },
});
