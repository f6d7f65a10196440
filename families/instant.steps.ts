// Instant triggers: static webhooks fed by HighLevel workflows' Webhook and Custom Webhook actions.
import newWorkflowEvent from '../triggers/instant/newWorkflowEvent';
import opportunityStageChangedInstant from '../triggers/instant/opportunityStageChangedInstant';
import appointmentBookedInstant from '../triggers/instant/appointmentBookedInstant';

export default [
  newWorkflowEvent,
  opportunityStageChangedInstant,
  appointmentBookedInstant,
];
