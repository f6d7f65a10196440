import { appEventHook } from '../../steps/define';
import newOpportunity from './newOpportunity';
import { eventPipelineField } from './opportunityEvents';
import { opportunityEvents } from './opportunityEvents.appEvent';

export default appEventHook({
  key: 'opportunity_deleted_hook',
  noun: 'Opportunity',
  label: 'Opportunity Deleted (Instant)',
  description: 'Triggers when an opportunity is deleted, with its details as they were.',
  events: ['OpportunityDelete'],
  adapter: opportunityEvents,
  fields: [eventPipelineField],
  filterBy: { pipelineId: 'pipelineId' },
  list: { step: newOpportunity },
});
