// Instant triggers fed by HighLevel workflows' Webhook and Custom Webhook actions (steps/instant.ts).
import type { Step } from '../../steps/define';
import newWorkflowEvent from './newWorkflowEvent';
import contactTagAddedInstant from './contactTagAddedInstant';
import formSubmitted from './formSubmitted';
import opportunityStageChangedInstant from './opportunityStageChangedInstant';
import appointmentBookedInstant from './appointmentBookedInstant';
import paymentReceived from './paymentReceived';
import customerRepliedInstant from './customerRepliedInstant';

export const instant: Step[] = [
  newWorkflowEvent, contactTagAddedInstant, formSubmitted, opportunityStageChangedInstant, appointmentBookedInstant,
  paymentReceived, customerRepliedInstant,
];
