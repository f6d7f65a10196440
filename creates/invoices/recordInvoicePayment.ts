import { invoiceIdField, invoiceIn, invoiceLabels, invoiceSample, INVOICE_SCOPES } from '../../families/invoices';
import { MONEY_HELP } from '../../families/billing';
import { connectedAlt } from '../../families/payments';
import { create } from '../../steps/define';
import { invalidInput } from '../../steps/fields';

export default create({
  key: 'record_invoice_payment',
  noun: 'Payment',
  label: 'Record Invoice Payment',
  description: 'Records a payment taken outside HighLevel (cash, card, cheque, bank transfer) against an invoice.',
  endpoint: 'POST /invoices/{invoiceId}/record-payment',
  scopes: INVOICE_SCOPES.write,
  fields: [
    invoiceIdField,
    {
      key: 'amount',
      label: 'Amount',
      type: 'number',
      required: true,
      example: 1500,
      helpText: `How much was paid, ${MONEY_HELP}, in the invoice's currency. Less than the amount due records a partial payment.`,
    },
    {
      key: 'mode',
      label: 'Payment Method',
      required: true,
      example: 'bank_transfer',
      default: 'bank_transfer',
      choices: { cash: 'Cash', card: 'Card', cheque: 'Cheque', bank_transfer: 'Bank Transfer', other: 'Other' },
      helpText: 'How the client paid: cash, card, cheque, bank transfer or something else.',
    },
    {
      key: 'fulfilledAt',
      label: 'Paid At',
      type: 'datetime',
      example: '2026-11-25T15:00:00Z',
      helpText: 'When the payment was made. Leave empty for now.',
    },
    {
      key: 'notes',
      label: 'Note',
      type: 'text',
      example: 'Paid by bank transfer, ref 8841',
      helpText: 'A note kept with the payment, like the transfer reference.',
    },
    { key: 'cardBrand', label: 'Card Brand', as: 'card.brand', example: 'visa', helpText: 'For card payments: the card brand, like visa.' },
    {
      key: 'cardLast4',
      label: 'Card Last 4 Digits',
      as: 'card.last4',
      example: '4242',
      helpText: "For card payments: the card number's last four digits.",
    },
    {
      key: 'chequeNumber',
      label: 'Cheque Number',
      as: 'cheque.number',
      example: '129-129-129-912',
      helpText: 'For cheque payments: the cheque number.',
    },
  ],
  what: (i) => `Invoice ${i.invoiceId}`,
  // Refused before any request: HighLevel records what it is given.
  request: (input, bundle) => {
    if (!(input.amount > 0))
      throw invalidInput(`Amount (\`amount\`) must be above 0 (it is ${input.amount}); to undo a payment, refund it in HighLevel.`);
    return { body: { ...connectedAlt(bundle), notes: input.notes ?? '' } };
  },
  result: (data) => ({ ...invoiceIn(data), success: data?.success ?? true }),
  sample: { ...invoiceSample, status: 'paid', amountPaid: 1500, amountDue: 0, success: true },
  outputLabels: invoiceLabels,
});
