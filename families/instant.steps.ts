// Instant triggers: static webhooks fed by HighLevel workflows' Webhook and Custom Webhook actions.
import newWorkflowEvent from '../triggers/instant/newWorkflowEvent';
import contactTagAddedInstant from '../triggers/instant/contactTagAddedInstant';
import formSubmitted from '../triggers/instant/formSubmitted';
import paymentReceived from '../triggers/instant/paymentReceived';

export default [
  newWorkflowEvent,
  contactTagAddedInstant,
  formSubmitted,
  paymentReceived,
];
