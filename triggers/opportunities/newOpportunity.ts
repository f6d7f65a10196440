import { OPPORTUNITY_SCOPES, opportunityOutput, searchOpportunities } from '../../families/opportunities';
import { pageOf } from '../../steps/call';
import { trigger } from '../../steps/define';
import { requestParts } from '../../steps/fields';
import { eventPipelineField } from './opportunityEvents';

const fields = [eventPipelineField];

// Dedupe key: the opportunity id. One request per poll: the newest-created page of the search.
export default trigger({
  ...opportunityOutput,
  key: 'new_opportunity',
  noun: 'Opportunity',
  label: 'New Opportunity',
  description: 'Triggers when a new opportunity (deal) is added, in any pipeline or the one you choose.',
  endpoint: 'GET /opportunities/search',
  scopes: OPPORTUNITY_SCOPES.read,
  fields,
  perform: (z, bundle, input) =>
    searchOpportunities(z, bundle, requestParts(fields, input, 'GET', '/opportunities/search').query, pageOf(bundle).limit),
  // Pages on with HighLevel's startAfter cursor, kept in Zapier's cursor store.
  canPaginate: true,
  list: 'opportunities',
  newest: 'createdAt',
  dedupe: 'id',
});
