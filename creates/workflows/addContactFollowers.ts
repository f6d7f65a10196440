import { contactIdField, CONTACT_SCOPES } from '../../families/contacts';
import { contactFollowersField } from '../../families/workflows';
import { create } from '../../steps/define';

export default create({
  key: 'add_contact_followers',
  noun: 'Follower',
  label: 'Add Contact Followers',
  description: 'Adds HighLevel users (team members) as followers of a contact, so they get its notifications.',
  endpoint: 'POST /contacts/{contactId}/followers',
  scopes: CONTACT_SCOPES.write,
  fields: [contactIdField, contactFollowersField],
  what: (i) => `Contact ${i.contactId}`,
  result: (data, input) => ({ id: input.contactId, followers: data.followers ?? [], followersAdded: data.followersAdded ?? [] }),
  sample: {
    id: 'seD4PfOuKoVMLkEZqohJ',
    followers: ['y0BeYjuRIlDwsDcOHOJo', 'zT46WSCPbudrq4zhWMk6'],
    followersAdded: ['zT46WSCPbudrq4zhWMk6'],
  },
  outputLabels: { id: 'Contact ID', 'followers[]': 'All Follower User IDs', 'followersAdded[]': 'Added Follower User IDs' },
});
