import { emailConversationField, emailMessageIdField, emailSample, MESSAGE_SCOPES } from '../../families/conversations';
import { recordIn } from '../../highlevel/answers';
import { contentHash } from '../../steps/dedupe';
import { trigger } from '../../steps/define';
import type { FieldSpec } from '../../steps/fields';

const fields: FieldSpec[] = [emailConversationField, { ...emailMessageIdField, as: 'id', in: 'path' }];
const what = (i: Record<string, any>) => `Email ${i.emailMessageId}`;

export default trigger({
  key: 'get_email_message',
  noun: 'Email',
  label: 'Email Updated (Chosen Email)',
  catalog: 'Get Email by ID',
  description: 'Triggers when the chosen email changes, for example when its delivery status moves to delivered or opened.',
  endpoint: 'GET /conversations/messages/email/{id}',
  // The catalog and the document name no scope for this endpoint; emails are conversation
  // messages, read with conversations/message.readonly (Scopes.md, like GET /conversations/messages/{id}).
  scopes: MESSAGE_SCOPES.read,
  fields,
  what,
  record: (data) => recordIn(data, 'emailMessage'),
  // Emails carry no updated stamp: a hash of their content (status included) marks a change.
  dedupe: { changedBy: 'content', idAs: 'emailMessageId' },
  sample: () => ({ ...emailSample, id: `${emailSample.id}:${contentHash(emailSample)}`, emailMessageId: emailSample.id }),
  outputLabels: {
    id: 'Change ID',
    emailMessageId: 'Email Message ID',
    altId: 'Provider Message ID',
    'to[]': 'To',
    'cc[]': 'CC',
    'bcc[]': 'BCC',
    'attachments[]': 'Attachment URLs',
  },
});
