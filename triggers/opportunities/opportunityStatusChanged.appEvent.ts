import { statusField } from '../../families/opportunities';
import { appEventHook } from '../../steps/define';
import opportunityStatusChanged from './opportunityStatusChanged';
import { eventPipelineField } from './opportunityEvents';
import { opportunityEvents } from './opportunityEvents.appEvent';

export default appEventHook({
  key: 'opportunity_status_changed_hook',
  noun: 'Opportunity',
  label: 'Opportunity Status Changed (Instant)',
  description: 'Triggers when an opportunity is won, lost, abandoned or reopened.',
  events: ['OpportunityStatusUpdate'],
  adapter: opportunityEvents,
  fields: [
    eventPipelineField,
    statusField(false, 'Only changes to this status: open (reopened), won, lost or abandoned. Leave empty for every change.'),
  ],
  filterBy: { pipelineId: 'pipelineId', status: 'status' },
  list: { step: opportunityStatusChanged },
});
