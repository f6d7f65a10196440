import { appEventHook } from '../../steps/define';
import newOpportunity from './newOpportunity';
import { eventPipelineField } from './opportunityEvents';
import { opportunityEvents } from './opportunityEvents.appEvent';

export default appEventHook({
  key: 'opportunity_created_hook',
  noun: 'Opportunity',
  label: 'Opportunity Created (Instant)',
  description: 'Triggers when an opportunity (deal) is added, in any pipeline or the one you choose.',
  events: ['OpportunityCreate'],
  adapter: opportunityEvents,
  fields: [eventPipelineField],
  filterBy: { pipelineId: 'pipelineId' },
  list: { step: newOpportunity },
});
