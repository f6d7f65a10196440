// Instant triggers from HighLevel's app events: REST hooks at the event relay (steps/restHook.ts).
import contactCreated from '../triggers/appEvents/contactCreated';
import contactUpdated from '../triggers/appEvents/contactUpdated';
import contactDeleted from '../triggers/appEvents/contactDeleted';
import contactDndChanged from '../triggers/appEvents/contactDndChanged';
import contactTagAdded from '../triggers/appEvents/contactTagAdded';
import opportunityCreated from '../triggers/appEvents/opportunityCreated';
import opportunityStageChanged from '../triggers/appEvents/opportunityStageChanged';
import opportunityStatusChanged from '../triggers/appEvents/opportunityStatusChanged';
import opportunityValueChanged from '../triggers/appEvents/opportunityValueChanged';
import opportunityAssigned from '../triggers/appEvents/opportunityAssigned';
import appointmentCreated from '../triggers/appEvents/appointmentCreated';
import appointmentUpdated from '../triggers/appEvents/appointmentUpdated';
import appointmentDeleted from '../triggers/appEvents/appointmentDeleted';
import inboundMessage from '../triggers/appEvents/inboundMessage';
import outboundMessage from '../triggers/appEvents/outboundMessage';
import taskCreated from '../triggers/appEvents/taskCreated';
import taskCompleted from '../triggers/appEvents/taskCompleted';
import noteCreated from '../triggers/appEvents/noteCreated';
import invoiceSent from '../triggers/appEvents/invoiceSent';
import invoicePaid from '../triggers/appEvents/invoicePaid';
import invoicePartiallyPaid from '../triggers/appEvents/invoicePartiallyPaid';
import invoiceVoided from '../triggers/appEvents/invoiceVoided';
import orderCreated from '../triggers/appEvents/orderCreated';
import orderStatusChanged from '../triggers/appEvents/orderStatusChanged';
import recordCreated from '../triggers/appEvents/recordCreated';
import recordUpdated from '../triggers/appEvents/recordUpdated';

export default [
  contactCreated, contactUpdated, contactDeleted, contactDndChanged, contactTagAdded,
  opportunityCreated, opportunityStageChanged, opportunityStatusChanged, opportunityValueChanged, opportunityAssigned,
  appointmentCreated, appointmentUpdated, appointmentDeleted,
  inboundMessage, outboundMessage,
  taskCreated, taskCompleted, noteCreated,
  invoiceSent, invoicePaid, invoicePartiallyPaid, invoiceVoided,
  orderCreated, orderStatusChanged,
  recordCreated, recordUpdated,
];
