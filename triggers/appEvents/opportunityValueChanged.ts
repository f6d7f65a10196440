import { eventPipelineField, opportunityEvents } from '../../families/opportunities';
import { restHook } from '../../steps/restHook';
import newOpportunity from '../opportunities/newOpportunity';

export default restHook({
  key: 'opportunity_value_changed_hook',
  noun: 'Opportunity',
  label: 'Opportunity Value Changed (Instant)',
  description: "Triggers when an opportunity's value (monetary value) changes.",
  events: ['OpportunityMonetaryValueUpdate'],
  family: opportunityEvents,
  fields: [eventPipelineField],
  filterBy: { pipelineId: 'pipelineId' },
  list: { step: newOpportunity },
});
