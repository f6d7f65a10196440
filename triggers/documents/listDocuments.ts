import { documentLabels, documentPage, documentSample, documentScopes, presentDocument } from '../../families/documents';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'list_documents',
  noun: 'Document',
  label: 'List Documents',
  description: 'Triggers when a document is listed in the sub-account; lists documents for dropdowns.',
  hidden: true,
  endpoint: 'GET /proposals/document',
  scopes: documentScopes('GET /proposals/document'),
  request: (_input, bundle, page) => documentPage(bundle, page),
  list: 'documents',
  item: presentDocument,
  newest: 'createdAt',
  sample: documentSample,
  outputLabels: documentLabels,
});
