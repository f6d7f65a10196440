import { eventPipelineField, opportunityEvents } from '../../families/opportunities';
import { restHook } from '../../steps/restHook';
import newOpportunity from '../opportunities/newOpportunity';

export default restHook({
  key: 'opportunity_deleted_hook',
  noun: 'Opportunity',
  label: 'Opportunity Deleted (Instant)',
  description: 'Triggers when an opportunity is deleted, with its details as they were.',
  events: ['OpportunityDelete'],
  family: opportunityEvents,
  fields: [eventPipelineField],
  filterBy: { pipelineId: 'pipelineId' },
  list: { step: newOpportunity },
});
