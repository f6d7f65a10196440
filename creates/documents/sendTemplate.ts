import { contactIdField, userIdField } from '../../families/contacts';
import { documentScopes, presentSent, sentLabels, sentSample, templateIdField } from '../../families/documents';
import { actingUser } from '../../families/billing';
import { create } from '../../steps/define';

export default create({
  key: 'send_document_template',
  noun: 'Document',
  label: 'Send Document Template',
  description: 'Makes a document or contract from a template for a contact and sends it to them for signature.',
  endpoint: 'POST /proposals/templates/send',
  scopes: documentScopes('POST /proposals/templates/send'),
  location: 'body',
  fields: [
    templateIdField,
    {
      ...contactIdField,
      helpText: 'The contact who receives and signs the document. Pick one, or map a Contact ID (for example from Find Contact).',
    },
    {
      key: 'opportunityId',
      label: 'Opportunity',
      dynamic: 'search_opportunities.id.name',
      search: 'find_opportunity.id',
      example: 'yWQobCRIhRguQtD2llvk',
      helpText: 'The deal the document belongs to; it then shows on the opportunity. Leave empty for none.',
    },
    {
      key: 'sendDocument',
      label: 'Send Now',
      type: 'boolean',
      default: 'true',
      example: true,
      helpText: 'Yes sends it straight away; No makes the document as a draft to review and send later (Send Document).',
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
  what: (i) => `Template ${i.templateId}`,
  request: (input, bundle) => ({ body: { userId: actingUser(input, bundle), sendDocument: input.sendDocument ?? true } }),
  result: presentSent,
  sample: sentSample,
  outputLabels: sentLabels,
});
