import { BUSINESS_SCOPES, businessOutputLabels, businessSample } from '../../families/businesses';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'list_businesses',
  noun: 'Business',
  label: 'New Business',
  catalog: 'List Businesses by Location',
  description: 'Triggers when a business (company record) is added to the connected sub-account.',
  endpoint: 'GET /businesses/',
  scopes: BUSINESS_SCOPES.read,
  location: 'query',
  request: (_input, _bundle, { page, limit }) => ({ query: { limit: String(limit), skip: String(page * limit) } }),
  list: 'businesses',
  newest: 'createdAt',
  sample: businessSample,
  outputLabels: businessOutputLabels,
});
