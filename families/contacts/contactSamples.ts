// Contacts: static samples (ISO-8601 dates) and output labels.
import { customFieldsById } from '../customFields';

export const contactSample = {
  id: 'seD4PfOuKoVMLkEZqohJ',
  name: 'Jane Doe',
  firstName: 'Jane',
  lastName: 'Doe',
  email: 'jane@example.com',
  phone: '+14155550123',
  companyName: 'Acme Plumbing',
  address1: '3535 1st St N',
  city: 'Dolomite',
  state: 'AL',
  postalCode: '35061',
  country: 'US',
  website: 'https://www.example.com',
  timezone: 'America/Chicago',
  source: 'Rankr',
  type: 'lead',
  dnd: false,
  tags: ['rankr-lead', 'seo'],
  assignedTo: 'y0BeYjuRIlDwsDcOHOJo',
  businessId: '641c094001436dbc2081e642',
  locationId: 've9EPM428h8vShlRW1KT',
  dateOfBirth: '1990-09-25',
  dateAdded: '2026-11-20T09:31:30.255Z',
  dateUpdated: '2026-11-21T14:02:11.000Z',
  tagList: 'rankr-lead, seo',
  customFields: [{ id: '3sv6dSiXQNJ6dpB0amsq', value: 'Gold' }],
};

export const taskSample = {
  id: 'lJpzYrWdpkC2hX6t2yue',
  title: 'Call back about the SEO audit',
  body: 'Rankr flagged 12 missing meta descriptions.',
  assignedTo: 'y0BeYjuRIlDwsDcOHOJo',
  dueDate: '2026-11-25T15:00:00.000Z',
  completed: false,
  contactId: 'seD4PfOuKoVMLkEZqohJ',
};

export const noteSample = {
  id: 'HGPcayliwcdoUFzvbTok',
  title: 'Follow-up summary',
  body: 'Interested in the local SEO package.',
  userId: 'y0BeYjuRIlDwsDcOHOJo',
  color: '#FFAA00',
  pinned: false,
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  dateAdded: '2026-11-21T12:02:11.285Z',
};

export const contactOutputLabels = {
  id: 'Contact ID',
  name: 'Full Name',
  assignedTo: 'Assigned User ID',
  'tags[]': 'Tags',
  tagList: 'Tags (Comma List)',
  'customFields[]id': 'Custom Field ID',
  'customFields[]value': 'Custom Field Value',
};

/**
 * A contact as Zap steps map it, whichever spelling HighLevel used: a `name` (search results carry
 * none), the street as `address1` (the contact search says `address`), the tags also as one comma
 * list, and each custom field value under `customField__<id>` (labelled by name, see below).
 */
export const presentContact = (c: Record<string, any>) => ({
  ...c,
  name: c.name || c.contactName || [c.firstName, c.lastName].filter(Boolean).join(' ') || c.email || c.phone || c.id,
  ...(c.address1 === undefined && c.address !== undefined ? { address1: c.address } : {}),
  tagList: Array.isArray(c.tags) ? c.tags.join(', ') : '',
  ...customFieldsById(c),
});
