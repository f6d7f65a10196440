import { ESTIMATE_SCOPES, estimateIdField } from '../../families/estimates';
import { invoiceIn, invoiceLabels, invoiceSample } from '../../families/invoices';
import { connectedAlt } from '../../families/payments';
import { create } from '../../steps/define';

export default create({
  key: 'convert_estimate_to_invoice',
  noun: 'Invoice',
  label: 'Convert Estimate to Invoice',
  description: 'Creates an invoice from an estimate, with its line items, and marks the estimate invoiced.',
  endpoint: 'POST /invoices/estimate/{estimateId}/invoice',
  scopes: ESTIMATE_SCOPES.write,
  fields: [
    estimateIdField,
    {
      key: 'markAsInvoiced',
      label: 'Mark Estimate as Invoiced',
      type: 'boolean',
      default: 'true',
      example: true,
      helpText: 'Yes sets the estimate to Invoiced, so it is not billed twice; No leaves its status as it is.',
    },
  ],
  what: (i) => `Estimate ${i.estimateId}`,
  request: (input, bundle) => ({ body: { ...connectedAlt(bundle), markAsInvoiced: input.markAsInvoiced ?? true } }),
  // The answer holds both; the invoice is what later steps send and record payments on.
  result: (data) => ({ ...invoiceIn(data?.invoice ?? {}), estimateId: data?.estimate?._id, estimateStatus: data?.estimate?.status }),
  sample: { ...invoiceSample, status: 'draft', estimateId: '67ac9a51106ee8311e911a2b', estimateStatus: 'invoiced' },
  outputLabels: { ...invoiceLabels, estimateId: 'Estimate ID', estimateStatus: 'Estimate Status' },
});
