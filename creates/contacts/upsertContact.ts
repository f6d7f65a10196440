import { contactFields, contactForm, CONTACT_SCOPES, presentContact } from '../../families/contacts';
import { create } from '../../steps/define';

export default create({
  ...contactForm,
  key: 'upsert_contact',
  noun: 'Contact',
  label: 'Upsert Contact',
  description: "Updates the contact with this email or phone, or creates it when there is none (HighLevel's duplicate rules decide).",
  endpoint: 'POST /contacts/upsert',
  scopes: CONTACT_SCOPES.write,
  fields: contactFields(),
  location: 'body',
  result: (data) => ({ ...presentContact(data.contact ?? {}), isNew: Boolean(data.new) }),
  sample: { ...contactForm.sample, isNew: true },
  outputLabels: { ...contactForm.outputLabels, isNew: 'Was Created' },
});
