import { followersField, OPPORTUNITY_SCOPES, opportunityIdField } from '../../families/opportunities';
import { create } from '../../steps/define';

export default create({
  key: 'add_opportunity_followers',
  noun: 'Follower',
  label: 'Add Followers',
  description: 'Adds HighLevel users as followers of an opportunity, so they get its notifications.',
  endpoint: 'POST /opportunities/{id}/followers',
  scopes: OPPORTUNITY_SCOPES.write,
  fields: [opportunityIdField, followersField],
  what: (i) => `Opportunity ${i.opportunityId}`,
  result: (data, input) => ({ id: input.opportunityId, followers: data.followers ?? [], followersAdded: data.followersAdded ?? [] }),
  sample: {
    id: 'yWQobCRIhRguQtD2llvk',
    followers: ['y0BeYjuRIlDwsDcOHOJo', 'zT46WSCPbudrq4zhWMk6'],
    followersAdded: ['zT46WSCPbudrq4zhWMk6'],
  },
  outputLabels: { id: 'Opportunity ID', 'followers[]': 'All Follower User IDs', 'followersAdded[]': 'Added Follower User IDs' },
});
