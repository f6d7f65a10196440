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
import campaignStatusChanged from './campaignStatusChanged';
import conversationUnreadChanged from './conversationUnreadChanged';
import emailEvent from './emailEvent';
import noteUpdated from './noteUpdated';
import noteDeleted from './noteDeleted';
import taskDeleted from './taskDeleted';
import opportunityUpdated from './opportunityUpdated';
import opportunityDeleted from './opportunityDeleted';
import invoiceCreated from './invoiceCreated';
import invoiceUpdated from './invoiceUpdated';
import invoiceDeleted from './invoiceDeleted';
import recordDeleted from './recordDeleted';
import objectCreated from './objectCreated';
import objectUpdated from './objectUpdated';
import associationCreated from './associationCreated';
import associationUpdated from './associationUpdated';
import associationDeleted from './associationDeleted';
import relationCreated from './relationCreated';
import relationDeleted from './relationDeleted';
import productCreated from './productCreated';
import productUpdated from './productUpdated';
import productDeleted from './productDeleted';
import priceCreated from './priceCreated';
import priceUpdated from './priceUpdated';
import priceDeleted from './priceDeleted';
import subAccountCreated from './subAccountCreated';
import subAccountUpdated from './subAccountUpdated';
import appInstalled from './appInstalled';
import appUninstalled from './appUninstalled';
import userCreated from './userCreated';

export const appEvents: Step[] = [
  contactCreated, contactUpdated, contactDeleted, contactDndChanged, contactTagAdded, opportunityCreated,
  opportunityStageChanged, opportunityStatusChanged, opportunityValueChanged, opportunityAssigned,
  appointmentCreated, appointmentUpdated, appointmentDeleted, inboundMessage, outboundMessage, taskCreated,
  taskCompleted, noteCreated, invoiceSent, invoicePaid, invoicePartiallyPaid, invoiceVoided, orderCreated,
  orderStatusChanged, recordCreated, recordUpdated,
  // Added with the rest of HighLevel's documented events (sub-account level, then agency level).
  campaignStatusChanged, conversationUnreadChanged, emailEvent, noteUpdated, noteDeleted, taskDeleted, opportunityUpdated, opportunityDeleted, invoiceCreated, invoiceUpdated, invoiceDeleted, recordDeleted, objectCreated,
  objectUpdated, associationCreated, associationUpdated, associationDeleted, relationCreated, relationDeleted, productCreated, productUpdated, productDeleted, priceCreated, priceUpdated, priceDeleted,
  subAccountCreated, subAccountUpdated, appInstalled, appUninstalled, userCreated,
];
