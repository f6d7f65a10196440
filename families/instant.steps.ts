// Instant triggers: static webhooks fed by HighLevel workflows' Webhook and Custom Webhook actions.
import newWorkflowEvent from '../triggers/instant/newWorkflowEvent';
import contactTagAddedInstant from '../triggers/instant/contactTagAddedInstant';
import formSubmitted from '../triggers/instant/formSubmitted';
import opportunityStageChangedInstant from '../triggers/instant/opportunityStageChangedInstant';
import appointmentBookedInstant from '../triggers/instant/appointmentBookedInstant';
import paymentReceived from '../triggers/instant/paymentReceived';
import customerRepliedInstant from '../triggers/instant/customerRepliedInstant';

export default [
  newWorkflowEvent,
  contactTagAddedInstant,
  formSubmitted,
  opportunityStageChangedInstant,
  appointmentBookedInstant,
  paymentReceived,
  customerRepliedInstant,
];
