import { documentScopes, presentTemplate } from '../../families/documents';
import { connectedLocation } from '../../highlevel/connection';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'list_document_templates',
  noun: 'Template',
  label: 'List Document Templates',
  description: 'Triggers when a document or contract template is added; lists templates for dropdowns.',
  hidden: true,
  endpoint: 'GET /proposals/templates',
  scopes: documentScopes('GET /proposals/templates'),
  request: (_input, bundle, { page, limit }) => ({
    query: { locationId: connectedLocation(bundle), limit: String(limit), skip: String(page * limit) },
  }),
  list: 'data',
  item: presentTemplate,
  newest: 'updatedAt',
  sample: {
    id: '685d11c371c22e636e9c04b2',
    _id: '685d11c371c22e636e9c04b2',
    name: 'SEO services agreement',
    type: 'proposal',
    locationId: 've9EPM428h8vShlRW1KT',
    createdAt: '2026-06-26T09:24:19.305Z',
    updatedAt: '2026-06-26T09:27:32.119Z',
  },
  outputLabels: { id: 'Template ID', name: 'Template Name' },
});
