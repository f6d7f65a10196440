import { userIdField } from '../../families/contacts';
import { documentIdField, documentScopes, presentSent, sentLabels, sentSample } from '../../families/documents';
import { actingUser } from '../../families/billing';
import { create } from '../../steps/define';

export default create({
  key: 'send_document',
  noun: 'Document',
  label: 'Send Document',
  description: 'Sends an existing document or contract to the recipients it names, for viewing or signature.',
  endpoint: 'POST /proposals/document/send',
  scopes: documentScopes('POST /proposals/document/send'),
  location: 'body',
  fields: [
    documentIdField,
    {
      key: 'documentName',
      label: 'Document Name',
      example: 'SEO services agreement - Acme Plumbing',
      helpText: 'A new name for the document as recipients see it. Leave empty to keep its name.',
    },
    {
      key: 'medium',
      label: 'Send By',
      choices: { email: 'Email', link: 'Link Only (no email)' },
      default: 'email',
      example: 'email',
      helpText: 'Email the recipients, or only make their signing links (output for a later step to send).',
    },
    {
      ...userIdField(
        'userId',
        'Sent By User',
        'The HighLevel user the document is sent as. Leave empty for the user who connected HighLevel; a connection that names no user (like the sandbox, unless authData_userId is set) needs one chosen here.',
      ),
      in: 'none',
    },
  ],
  what: (i) => `Document ${i.documentId}`,
  request: (input, bundle) => ({ body: { sentBy: actingUser(input, bundle) } }),
  result: presentSent,
  sample: sentSample,
  outputLabels: sentLabels,
});
