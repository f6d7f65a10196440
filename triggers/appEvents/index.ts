// Instant triggers from HighLevel's app events: REST hooks at the event relay (steps/restHook.ts).
import type { Step } from '../../steps/define';
import contactCreated from './contactCreated';
import contactUpdated from './contactUpdated';
import contactDeleted from './contactDeleted';
import contactDndChanged from './contactDndChanged';
import contactTagAdded from './contactTagAdded';
import opportunityCreated from './opportunityCreated';
import opportunityStageChanged from './opportunityStageChanged';
import opportunityStatusChanged from './opportunityStatusChanged';
import opportunityValueChanged from './opportunityValueChanged';
import opportunityAssigned from './opportunityAssigned';
import appointmentCreated from './appointmentCreated';
import appointmentUpdated from './appointmentUpdated';
import appointmentDeleted from './appointmentDeleted';
import inboundMessage from './inboundMessage';
import outboundMessage from './outboundMessage';
import taskCreated from './taskCreated';
import taskCompleted from './taskCompleted';
import noteCreated from './noteCreated';
import invoiceSent from './invoiceSent';
import invoicePaid from './invoicePaid';
import invoicePartiallyPaid from './invoicePartiallyPaid';
import invoiceVoided from './invoiceVoided';
import orderCreated from './orderCreated';
import orderStatusChanged from './orderStatusChanged';
import recordCreated from './recordCreated';
import recordUpdated from './recordUpdated';

export const appEvents: Step[] = [
  contactCreated, contactUpdated, contactDeleted, contactDndChanged, contactTagAdded, opportunityCreated,
  opportunityStageChanged, opportunityStatusChanged, opportunityValueChanged, opportunityAssigned,
  appointmentCreated, appointmentUpdated, appointmentDeleted, inboundMessage, outboundMessage, taskCreated,
  taskCompleted, noteCreated, invoiceSent, invoicePaid, invoicePartiallyPaid, invoiceVoided, orderCreated,
  orderStatusChanged, recordCreated, recordUpdated,
];
