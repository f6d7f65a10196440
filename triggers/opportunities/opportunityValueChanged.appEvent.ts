import { appEventHook } from '../../steps/define';
import newOpportunity from './newOpportunity';
import { eventPipelineField } from './opportunityEvents';
import { opportunityEvents } from './opportunityEvents.appEvent';

export default appEventHook({
  key: 'opportunity_value_changed_hook',
  noun: 'Opportunity',
  label: 'Opportunity Value Changed (Instant)',
  description: "Triggers when an opportunity's value (monetary value) changes.",
  events: ['OpportunityMonetaryValueUpdate'],
  adapter: opportunityEvents,
  fields: [eventPipelineField],
  filterBy: { pipelineId: 'pipelineId' },
  list: { step: newOpportunity },
});
