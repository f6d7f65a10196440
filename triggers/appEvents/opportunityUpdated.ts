import { eventPipelineField, opportunityEvents } from '../../families/opportunities';
import { restHook } from '../../steps/restHook';
import newOpportunity from '../opportunities/newOpportunity';

export default restHook({
  key: 'opportunity_updated_hook',
  noun: 'Opportunity',
  label: 'Opportunity Updated (Instant)',
  description: 'Triggers when anything about an opportunity changes (name, value, stage, status, owner, contact), in any pipeline or the one you choose.',
  events: ['OpportunityUpdate'],
  family: opportunityEvents,
  fields: [eventPipelineField],
  filterBy: { pipelineId: 'pipelineId' },
  list: { step: newOpportunity },
});
