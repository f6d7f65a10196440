import { followersField, OPPORTUNITY_SCOPES, opportunityIdField } from '../../families/opportunities';
import { create } from '../../steps/define';

export default create({
  key: 'remove_opportunity_followers',
  noun: 'Follower',
  label: 'Remove Followers',
  description: 'Removes HighLevel users from the followers of an opportunity, or all of them.',
  endpoint: 'DELETE /opportunities/{id}/followers',
  scopes: OPPORTUNITY_SCOPES.write,
  fields: [
    opportunityIdField,
    { ...followersField, in: 'body', helpText: 'The HighLevel users to stop following the opportunity: pick them or map User IDs.' },
    {
      key: 'isRemoveAllFollowers',
      label: 'Remove All Followers',
      type: 'boolean',
      in: 'query',
      default: 'false',
      helpText: 'Yes removes every follower, not only the listed ones.',
      example: false,
    },
  ],
  what: (i) => `Opportunity ${i.opportunityId}`,
  result: (data, input) => ({ id: input.opportunityId, followers: data.followers ?? [], followersRemoved: data.followersRemoved ?? [] }),
  sample: { id: 'yWQobCRIhRguQtD2llvk', followers: ['y0BeYjuRIlDwsDcOHOJo'], followersRemoved: ['zT46WSCPbudrq4zhWMk6'] },
  outputLabels: { id: 'Opportunity ID', 'followers[]': 'Remaining Follower User IDs', 'followersRemoved[]': 'Removed Follower User IDs' },
});
