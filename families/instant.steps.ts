// Instant triggers: static webhooks fed by HighLevel workflows' Webhook and Custom Webhook actions.
import newWorkflowEvent from '../triggers/instant/newWorkflowEvent';
import contactTagAddedInstant from '../triggers/instant/contactTagAddedInstant';

export default [
  newWorkflowEvent,
  contactTagAddedInstant,
];
