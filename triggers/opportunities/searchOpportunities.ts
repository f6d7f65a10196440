import { OPPORTUNITY_SCOPES, opportunityOutput, searchFilterFields, searchOpportunities } from '../../families/opportunities';
import { pageOf } from '../../steps/call';
import { trigger } from '../../steps/define';
import { requestParts } from '../../steps/fields';

export default trigger({
  ...opportunityOutput,
  key: 'search_opportunities',
  noun: 'Opportunity',
  label: 'New Opportunity (Matching Search)',
  catalog: 'Search Opportunities',
  description: 'Triggers when a new opportunity matches your filters (pipeline, stage, status, owner or text), newest first.',
  endpoint: 'GET /opportunities/search',
  scopes: OPPORTUNITY_SCOPES.read,
  fields: searchFilterFields,
  // One request per poll; dropdowns page on with HighLevel's startAfter/startAfterId cursor.
  perform: (z, bundle, input) =>
    searchOpportunities(z, bundle, requestParts(searchFilterFields, input, 'GET', '/opportunities/search').query, pageOf(bundle).limit),
  canPaginate: true,
  list: 'opportunities',
  newest: 'createdAt',
});
