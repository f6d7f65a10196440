import { userIdField } from '../../families/contacts';
import { appEventHook } from '../../steps/define';
import newOpportunity from './newOpportunity';
import { eventPipelineField } from './opportunityEvents';
import { opportunityEvents } from './opportunityEvents.appEvent';

export default appEventHook({
  key: 'opportunity_assigned_hook',
  noun: 'Opportunity',
  label: 'Opportunity Assigned (Instant)',
  description: 'Triggers when an opportunity is assigned to a user (or to another one).',
  events: ['OpportunityAssignedToUpdate'],
  adapter: opportunityEvents,
  fields: [
    eventPipelineField,
    userIdField('assignedTo', 'Assigned User', 'Only when the opportunity is assigned to this HighLevel user. Leave empty for any user.'),
  ],
  filterBy: { pipelineId: 'pipelineId', assignedTo: 'assignedTo' },
  list: { step: newOpportunity },
});
