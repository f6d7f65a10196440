// Instant triggers: static webhooks fed by HighLevel workflows' Webhook and Custom Webhook actions.
import newWorkflowEvent from '../triggers/instant/newWorkflowEvent';
import formSubmitted from '../triggers/instant/formSubmitted';
import paymentReceived from '../triggers/instant/paymentReceived';

export default [
  newWorkflowEvent,
  formSubmitted,
  paymentReceived,
];
