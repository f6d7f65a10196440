import { contactOutput, CONTACT_SCOPES, presentContact } from '../../families/contacts';
import { ghl } from '../../highlevel/request';
import { search } from '../../steps/define';

export default search({
  ...contactOutput,
  key: 'find_contact',
  noun: 'Contact',
  label: 'Find Contact',
  description: 'Finds a contact by email, phone or ID.',
  endpoint: 'GET /contacts/search/duplicate',
  scopes: CONTACT_SCOPES.read,
  alsoCalls: [...contactOutput.alsoCalls, { endpoint: 'GET /contacts/{contactId}', scopes: CONTACT_SCOPES.read }],
  fields: [
    { key: 'email', label: 'Email', type: 'email', helpText: 'Email of the contact to find.', example: 'jane@example.com' },
    {
      key: 'number',
      label: 'Phone',
      type: 'phone',
      helpText: 'Phone number with country code, like +14155550123.',
      example: '+14155550123',
    },
    {
      key: 'contactId',
      label: 'Contact',
      dynamic: 'search_contacts.id.name',
      helpText: 'The contact itself, when you have its ID (mapped from an earlier step) instead of an email or phone.',
      example: 'seD4PfOuKoVMLkEZqohJ',
    },
  ],
  needsOneOf: [['email', 'number', 'contactId']],
  // By ID when given, else HighLevel's duplicate match on email/phone; "no match" is an empty result.
  perform: async (z, bundle, input) => {
    if (input.contactId) {
      const found = await ghl(z, bundle, 'GET /contacts/{contactId}', { path: { contactId: input.contactId }, notFoundIsEmpty: true });
      return found?.contact && presentContact(found.contact);
    }
    const data = await ghl(z, bundle, 'GET /contacts/search/duplicate', {
      location: 'query',
      query: { email: input.email, number: input.number },
    });
    return data.contact && presentContact(data.contact);
  },
});
