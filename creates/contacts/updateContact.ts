import { contactFields, contactForm, contactIdField, CONTACT_SCOPES, presentContact } from '../../families/contacts';
import { create } from '../../steps/define';

export default create({
  ...contactForm,
  key: 'update_contact',
  noun: 'Contact',
  label: 'Update Contact',
  description: 'Changes the fields you fill in on an existing contact; empty fields stay as they are.',
  endpoint: 'PUT /contacts/{contactId}',
  scopes: CONTACT_SCOPES.write,
  fields: [contactIdField, ...contactFields({ forUpdate: true })],
  what: (i) => `Contact ${i.contactId}`,
  result: (data) => presentContact(data.contact ?? {}),
});
