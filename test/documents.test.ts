// Documents and contracts: a template sent to the chosen contact, a document sent to its
// recipients, and New Document's one request for recent documents.
import { steps } from '../operations';
import { requiredScopes } from '../operations';
import { AUTH, bundleFor, interceptHighLevel, perform } from './support/harness';

const step = (key: string) => steps.find((s) => s.key === key)!;

const LINKS = {
  success: true,
  links: [{ referenceId: 'ref1', documentId: 'doc1', recipientId: 'seD4PfOuKoVMLkEZqohJ', entityName: 'contacts' }],
};

it('Send Document Template makes the document for the chosen contact, as the connected user', async () => {
  const s = step('send_document_template');
  const seen = interceptHighLevel(() => ({ status: 200, body: LINKS }));
  const result: any = await perform(s, bundleFor(s, { inputData: { templateId: 'tpl1', contactId: 'seD4PfOuKoVMLkEZqohJ' } }));
  expect(seen).toHaveLength(1);
  expect(seen[0]).toMatchObject({ path: '/proposals/templates/send', problems: [] });
  expect(seen[0].body).toEqual({
    locationId: AUTH.locationId,
    templateId: 'tpl1',
    contactId: 'seD4PfOuKoVMLkEZqohJ',
    userId: AUTH.userId,
    sendDocument: true,
  });
  expect(result).toMatchObject({ success: true, documentId: 'doc1', referenceId: 'ref1' });
});

it('Send Document sends the document to its recipients by the chosen medium', async () => {
  const s = step('send_document');
  const seen = interceptHighLevel(() => ({ status: 200, body: LINKS }));
  await perform(s, bundleFor(s, { inputData: { documentId: 'doc1', medium: 'link', userId: 'u2' } }));
  expect(seen[0]).toMatchObject({ path: '/proposals/document/send', problems: [] });
  expect(seen[0].body).toEqual({ locationId: AUTH.locationId, documentId: 'doc1', medium: 'link', sentBy: 'u2' });
});

it('New Document asks for the last days of documents in one request, newest first, statuses as text', async () => {
  const s = step('new_document');
  const seen = interceptHighLevel(() => ({
    status: 200,
    body: {
      total: 2,
      documents: [
        { _id: 'd1', documentId: 'doc1', status: ['sent'], createdAt: '2026-11-19T10:00:00Z' },
        {
          _id: 'd2',
          documentId: 'doc2',
          status: ['draft'],
          createdAt: '2026-11-20T10:00:00Z',
          grandTotal: { amount: 1500, currency: 'USD' },
        },
      ],
    },
  }));
  const result: any[] = (await perform(s, bundleFor(s, { inputData: {} }))) as any;
  expect(seen).toHaveLength(1);
  const { dateFrom, dateTo } = seen[0].query;
  expect(Date.parse(dateTo) - Date.parse(dateFrom)).toBe(3 * 24 * 60 * 60 * 1000);
  expect(result.map((d) => [d.id, d.status])).toEqual([
    ['d2', 'draft'],
    ['d1', 'sent'],
  ]);
  expect(result[0]).toMatchObject({ total: 1500, currency: 'USD' });
});

it('asks for the documents scopes the documents leave out', () => {
  expect(requiredScopes()).toEqual(
    expect.arrayContaining([
      'documents_contracts/list.readonly',
      'documents_contracts/sendLink.write',
      'documents_contracts_template/list.readonly',
      'documents_contracts_template/sendLink.write',
    ]),
  );
});
