// End to end, a billing Zap against the sandbox (Prism serving the official documents): an order's
// rows become an invoice, the invoice is sent, and a payment taken elsewhere is recorded on it, each
// step mapping the previous step's output. Needs `npm run build`.
import { steps } from '../operations';
import { AUTH } from './support/harness';
import { useSandbox } from './support/sandbox';

const run = useSandbox();
const step = (key: string) => steps.find((s) => s.key === key)!;
// Create Invoice issues the invoice today, so the due date is a month from the run's own clock.
const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
const bundle = (inputData: Record<string, unknown>) => ({ authData: AUTH, inputData, meta: { timezone: 'America/New_York' } });

it('Create Invoice -> Send Invoice -> Record Invoice Payment', async () => {
  const created = await run(
    step('create_invoice'),
    bundle({
      name: 'Local SEO - December',
      contactId: 'seD4PfOuKoVMLkEZqohJ',
      currency: 'USD',
      lineItems: [
        { itemName: 'Local SEO package', quantity: '1', unitPrice: '1200' },
        {
          itemName: 'Citation cleanup',
          quantity: '2',
          unitPrice: '150',
          taxName: 'Sales Tax',
          taxRate: '8.25',
          taxId: '654492a4e6bef380114de15a',
        },
      ],
      dueDate: inAMonth,
    }),
  );
  expect(created.log).toMatch(/\] post \/invoices\/ /);
  expect(created.log).not.toMatch(/Violation: request/);
  const invoice = created.result as Record<string, any>;
  expect(invoice.id).toEqual(expect.any(String));
  expect(Array.isArray(invoice.invoiceItems)).toBe(true);

  const sent = await run(step('send_invoice'), bundle({ invoiceId: invoice.id, action: 'email' }));
  expect(sent.log).toMatch(new RegExp(`\\] post /invoices/${invoice.id}/send `));
  expect(sent.log).not.toMatch(/Violation: request/);
  expect(sent.result).toMatchObject({ id: expect.any(String), status: expect.any(String) });

  const paid = await run(
    step('record_invoice_payment'),
    bundle({ invoiceId: invoice.id, amount: '1500', mode: 'bank_transfer', notes: 'Wire ref 8841' }),
  );
  expect(paid.log).toMatch(new RegExp(`\\] post /invoices/${invoice.id}/record-payment `));
  expect(paid.log).not.toMatch(/Violation: request/);
  expect(paid.result).toMatchObject({ success: true });
});
