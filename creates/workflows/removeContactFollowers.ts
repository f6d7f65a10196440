import { contactIdField, CONTACT_SCOPES } from '../../families/contacts';
import { contactFollowersField } from '../../families/workflows';
import { create } from '../../steps/define';

export default create({
  key: 'remove_contact_followers',
  noun: 'Follower',
  label: 'Remove Contact Followers',
  description: 'Removes HighLevel users (team members) from the followers of a contact.',
  endpoint: 'DELETE /contacts/{contactId}/followers',
  scopes: CONTACT_SCOPES.write,
  fields: [
    contactIdField,
    { ...contactFollowersField, helpText: 'The HighLevel users to stop following the contact: pick them or map User IDs.' },
  ],
  what: (i) => `Contact ${i.contactId}`,
  result: (data, input) => ({ id: input.contactId, followers: data.followers ?? [], followersRemoved: data.followersRemoved ?? [] }),
  sample: { id: 'seD4PfOuKoVMLkEZqohJ', followers: ['y0BeYjuRIlDwsDcOHOJo'], followersRemoved: ['zT46WSCPbudrq4zhWMk6'] },
  outputLabels: { id: 'Contact ID', 'followers[]': 'Remaining Follower User IDs', 'followersRemoved[]': 'Removed Follower User IDs' },
});
