// Invoice events from HighLevel's app events, via the relay.
import { INVOICE_STATUS, invoiceLabels, presentInvoice } from '../../families/invoices';
import type { EventAdapter } from '../../steps/appEventHook';

export const invoiceEvents: EventAdapter = {
  asEvent: (i) => ({ ...i, _id: i._id ?? i.invoiceId ?? i.id, timestamp: i.updatedAt ?? i.createdAt }),
  present: (e) => {
    const { id, contactId, contactName, contactEmail } = presentInvoice(e);
    return { invoiceId: id, contactId, contactName, contactEmail };
  },
  labels: {
    ...invoiceLabels,
    id: 'Event ID',
    invoiceId: 'Invoice ID',
    _id: 'Invoice ID (as Delivered)',
    altId: 'Sub-Account ID (as Delivered)',
  },
};

/** The Status filter of invoice event triggers: the invoice's status as the event carries it. */
export const invoiceStatusFilter = {
  fields: [
    {
      key: 'invoiceStatus',
      label: 'Status',
      choices: INVOICE_STATUS,
      example: 'sent',
      helpText: 'Only invoices with this status after the change. Leave empty for every status.',
    },
  ],
  filterBy: { invoiceStatus: 'status' },
};
