// Documents and contracts (HighLevel's proposals API): templates sent to a contact, documents sent
// to their recipients, and the document list. `_id` is a document's record ID, `documentId` the ID
// sending takes; every item also gets `id`.
import type { Bundle } from 'zapier-platform-core';
import { connectedLocation } from '../highlevel/connection';
import { isObject } from '../highlevel/answers';
import type { FieldSpec } from '../steps/fields';
import { UNDOCUMENTED_SCOPES } from '../highlevel/specFixes';

/** The documents list no scopes for these endpoints; highlevel/specFixes.ts names them. */
export const documentScopes = (endpoint: keyof typeof UNDOCUMENTED_SCOPES): string[] => UNDOCUMENTED_SCOPES[endpoint];

export const presentDocument = (d: Record<string, any>) => ({
  ...d,
  id: d._id ?? d.documentId,
  // HighLevel documents statuses as lists; Zaps filter on text.
  status: Array.isArray(d.status) ? d.status.join(', ') : d.status,
  paymentStatus: Array.isArray(d.paymentStatus) ? d.paymentStatus.join(', ') : d.paymentStatus,
  total: isObject(d.grandTotal) ? d.grandTotal.amount : undefined,
  currency: isObject(d.grandTotal) ? d.grandTotal.currency : undefined,
});

export const presentTemplate = (t: Record<string, any>) => ({ ...t, id: t._id ?? t.id });

/** Links HighLevel made for each recipient, and the first one at the top level for later steps. */
export const presentSent = (data: any) => {
  const links = (Array.isArray(data?.links) ? data.links : []).filter(isObject);
  return { success: data?.success ?? true, documentId: links[0]?.documentId, referenceId: links[0]?.referenceId, links };
};

/** The document list's paging (`skip`) for the connected sub-account, with optional ISO date range. */
export const documentPage = (
  bundle: Bundle,
  { page, limit }: { page: number; limit: number },
  range?: { dateFrom: string; dateTo: string },
) => ({
  query: { locationId: connectedLocation(bundle), limit, skip: page * limit, ...range },
});

export const documentIdField: FieldSpec = {
  key: 'documentId',
  label: 'Document',
  required: true,
  dynamic: 'list_documents.documentId.name',
  example: 'c1e87a91-93b2-4b78-821f-85cf0e1f925b',
  helpText:
    'The HighLevel document or contract, with its recipients already set. Pick one, or map a Document ID (for example from New Document).',
};

export const templateIdField: FieldSpec = {
  key: 'templateId',
  label: 'Template',
  required: true,
  dynamic: 'list_document_templates.id.name',
  example: '685d11c371c22e636e9c04b2',
  helpText: 'The document or contract template. Pick one, or map a Template ID.',
};

export const documentSample = {
  id: '67ac9a51106ee8311e911a2c',
  _id: '67ac9a51106ee8311e911a2c',
  documentId: 'c1e87a91-93b2-4b78-821f-85cf0e1f925b',
  name: 'SEO services agreement - Acme Plumbing',
  type: 'proposal',
  status: 'sent',
  paymentStatus: 'no_payment',
  total: 1500,
  currency: 'USD',
  locationId: 've9EPM428h8vShlRW1KT',
  isExpired: false,
  recipients: [{ id: 'seD4PfOuKoVMLkEZqohJ', email: 'jane@example.com', contactName: 'Jane Doe', role: 'signer', hasCompleted: false }],
  createdAt: '2026-11-20T09:31:30.255Z',
  updatedAt: '2026-11-20T09:35:02.000Z',
};

export const documentLabels = {
  id: 'Document Record ID',
  documentId: 'Document ID',
  name: 'Document Name',
  type: 'Type',
  status: 'Status',
  paymentStatus: 'Payment Status',
  total: 'Total',
  'recipients[]email': 'Recipient Emails',
  'recipients[]contactName': 'Recipient Names',
};

export const sentSample = {
  success: true,
  documentId: 'c1e87a91-93b2-4b78-821f-85cf0e1f925b',
  referenceId: '550e8400-e29b-41d4-a716-446655440000',
  links: [
    {
      referenceId: '550e8400-e29b-41d4-a716-446655440000',
      documentId: 'c1e87a91-93b2-4b78-821f-85cf0e1f925b',
      recipientId: 'seD4PfOuKoVMLkEZqohJ',
      entityName: 'contacts',
      recipientCategory: 'recipient',
    },
  ],
};

export const sentLabels = {
  documentId: 'Document ID',
  referenceId: 'Recipient Link Reference',
  'links[]recipientId': 'Recipient IDs',
  'links[]referenceId': 'Recipient Link References',
};

/** How many days back New Document looks (the list documents no sort; see the trigger). */
export const DOCUMENT_POLL_DAYS = 2;
