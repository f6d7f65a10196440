import { eventPipelineField, opportunityEvents } from '../../families/opportunities';
import { appEventHook } from '../../steps/define';
import newOpportunity from '../opportunities/newOpportunity';

export default appEventHook({
  key: 'opportunity_updated_hook',
  noun: 'Opportunity',
  label: 'Opportunity Updated (Instant)',
  description: 'Triggers when anything about an opportunity changes (name, value, stage, status, owner, contact), in any pipeline or the one you choose.',
  events: ['OpportunityUpdate'],
  adapter: opportunityEvents,
  fields: [eventPipelineField],
  filterBy: { pipelineId: 'pipelineId' },
  list: { step: newOpportunity },
});
