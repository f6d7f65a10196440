import { contactFields, contactForm, CONTACT_SCOPES, presentContact } from '../../families/contacts';
import { create } from '../../steps/define';

export default create({
  ...contactForm,
  key: 'create_contact',
  noun: 'Contact',
  label: 'Create Contact',
  description: 'Creates a new contact in HighLevel, with tags and custom fields.',
  endpoint: 'POST /contacts/',
  scopes: CONTACT_SCOPES.write,
  fields: contactFields(),
  location: 'body',
  result: (data) => presentContact(data.contact ?? {}),
  // HighLevel's create answer (CreateContactSchema) documents no time zone.
  sample: (({ timezone: _t, ...rest }) => rest)(contactForm.sample),
});
