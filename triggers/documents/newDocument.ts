import {
  documentLabels,
  documentPage,
  DOCUMENT_POLL_DAYS,
  documentSample,
  documentScopes,
  presentDocument,
} from '../../families/documents';
import { trigger } from '../../steps/define';

const DAY_MS = 24 * 60 * 60 * 1000;

// Dedupe key: the document `id` (HighLevel's `_id`). The list documents no sort, only a date range
// (dateFrom and dateTo together, ISO instants): a poll asks for the last two days up to tomorrow (a
// month for "Test trigger") and sorts newest first here, so a document fires once when it appears.
export default trigger({
  key: 'new_document',
  noun: 'Document',
  label: 'New Document',
  description: 'Triggers when a document or contract is created in the sub-account (from a template, by hand or by a Zap).',
  endpoint: 'GET /proposals/document',
  scopes: documentScopes('GET /proposals/document'),
  fields: [
    {
      key: 'status',
      label: 'Status',
      example: 'sent',
      choices: { draft: 'Draft', sent: 'Sent', viewed: 'Viewed', completed: 'Completed (Signed)', accepted: 'Accepted' },
      helpText: 'Only new documents that already have this status. Leave empty for every new document.',
    },
  ],
  request: (_input, bundle, page) => {
    const now = Date.now();
    const days = bundle.meta?.isLoadingSample ? 31 : DOCUMENT_POLL_DAYS;
    return documentPage(
      bundle,
      { ...page, page: 0 },
      {
        dateFrom: new Date(now - days * DAY_MS).toISOString(),
        dateTo: new Date(now + DAY_MS).toISOString(),
      },
    );
  },
  list: 'documents',
  item: presentDocument,
  newest: 'createdAt',
  dedupe: 'id',
  sample: documentSample,
  outputLabels: documentLabels,
});
