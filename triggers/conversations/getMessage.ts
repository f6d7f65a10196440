import {
  MESSAGE_SCOPES,
  messageConversationField,
  messageIdField,
  messageOutputLabels,
  messageSample,
  withMessageName,
} from '../../families/conversations';
import { recordIn } from '../../highlevel/answers';
import { contentHash } from '../../steps/dedupe';
import { trigger } from '../../steps/define';
import type { FieldSpec } from '../../steps/fields';

const fields: FieldSpec[] = [messageConversationField, { ...messageIdField, as: 'id', in: 'path' }];
const what = (i: Record<string, any>) => `Message ${i.messageId}`;

export default trigger({
  key: 'get_message',
  noun: 'Message',
  label: 'Message Updated (Chosen Message)',
  catalog: 'Get Message by ID',
  description: 'Triggers when the chosen message changes, for example when its status moves from sent to delivered or read.',
  endpoint: 'GET /conversations/messages/{id}',
  scopes: MESSAGE_SCOPES.read,
  fields,
  what,
  record: (data) => recordIn(data, 'message'),
  item: withMessageName,
  // Messages carry no updated stamp: a hash of their content (status included) marks a change.
  dedupe: { changedBy: 'content', idAs: 'messageId' },
  sample: () => ({ ...messageSample, id: `${messageSample.id}:${contentHash(messageSample)}`, messageId: messageSample.id }),
  outputLabels: { ...messageOutputLabels, id: 'Change ID', messageId: 'Message ID' },
});
