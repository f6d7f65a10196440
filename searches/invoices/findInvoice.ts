import { INVOICE_SCOPES, INVOICE_STATUS, invoiceLabels, listedInvoiceSample, presentInvoice } from '../../families/invoices';
import { contactIdField } from '../../families/contacts';
import { connectedAlt } from '../../families/payments';
import { ghl } from '../../highlevel/request';
import { search } from '../../steps/define';

export default search({
  key: 'find_invoice',
  noun: 'Invoice',
  label: 'Find Invoice',
  description: 'Finds an invoice by its number, or the latest invoice of a contact or with a status.',
  endpoint: 'GET /invoices/',
  scopes: INVOICE_SCOPES.read,
  fields: [
    // Its example is the number of the documents' example invoice, which the sandbox lists.
    {
      key: 'invoiceNumber',
      label: 'Invoice Number',
      in: 'none',
      example: '19',
      helpText: 'The exact invoice number, like 1042 (without a prefix such as INV-).',
    },
    { ...contactIdField, required: false, helpText: "Only this contact's invoices. Pick one, or map a Contact ID." },
    {
      key: 'status',
      label: 'Status',
      choices: INVOICE_STATUS,
      example: 'sent',
      helpText: 'Only invoices with this status, like Sent (unpaid).',
    },
  ],
  // HighLevel's text search matches numbers loosely; only the exact number counts as found.
  needsOneOf: [['invoiceNumber', 'contactId', 'status']],
  perform: async (z, bundle, input) => {
    const data = await ghl(z, bundle, 'GET /invoices/', {
      query: {
        ...connectedAlt(bundle),
        offset: 0,
        limit: 100,
        sortField: 'issueDate',
        sortOrder: 'descend',
        search: input.invoiceNumber,
        contactId: input.contactId,
        status: input.status,
      },
    });
    const found = (Array.isArray(data?.invoices) ? data.invoices : []).filter((i: unknown) => i && typeof i === 'object');
    const matching = input.invoiceNumber ? found.filter((i: any) => String(i.invoiceNumber) === String(input.invoiceNumber)) : found;
    return matching.map((i: Record<string, any>) => presentInvoice(i));
  },
  sample: listedInvoiceSample,
  outputLabels: invoiceLabels,
});
