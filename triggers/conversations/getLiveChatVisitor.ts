import { contactIdField, CONTACT_SCOPES } from '../../families/contacts';
import { recordIn } from '../../highlevel/answers';
import { trigger } from '../../steps/define';

// Hidden: feeds the Visitor dropdown of Agent Typing Indicator. HighLevel has no endpoint listing
// live chat visitors; the only documented place a visitor ID appears is the contact record
// (`visitorId` of GET /contacts/{contactId}), so the dropdown offers the chosen contact's visitor.
export default trigger({
  key: 'get_live_chat_visitor',
  noun: 'Live Chat Visitor',
  label: 'Get Live Chat Visitor',
  description: 'Triggers when the chosen contact gets a live chat visitor ID. Used for the Visitor dropdown.',
  endpoint: 'GET /contacts/{contactId}',
  scopes: CONTACT_SCOPES.read,
  hidden: true,
  fields: [{ ...contactIdField, helpText: 'The contact chatting in the live chat widget; the dropdown shows its visitor ID.' }],
  what: (i) => `Contact ${i.contactId}`,
  list: (data, input) => {
    const contact = recordIn(data, 'contact');
    const visitorId = contact?.visitorId;
    if (typeof visitorId !== 'string' || !visitorId.trim()) return [];
    const person =
      contact!.contactName ||
      [contact!.firstName, contact!.lastName].filter(Boolean).join(' ') ||
      contact!.email ||
      contact!.phone ||
      input.contactId;
    return [{ id: visitorId, name: `${person} (live chat visitor)`, contactId: contact!.id ?? input.contactId }];
  },
  sample: { id: 've9EPM428h8vShlRW1KT', name: 'Jane Doe (live chat visitor)', contactId: 'seD4PfOuKoVMLkEZqohJ' },
  outputLabels: { id: 'Visitor ID', name: 'Visitor', contactId: 'Contact ID' },
});
