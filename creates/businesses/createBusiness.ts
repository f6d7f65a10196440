import { BUSINESS_SCOPES, businessFields, businessOf, businessOutputLabels, businessSample } from '../../families/businesses';
import { create } from '../../steps/define';

export default create({
  key: 'create_business',
  noun: 'Business',
  label: 'Create Business',
  description: 'Creates a business (company record) in the connected sub-account, which contacts can then belong to.',
  endpoint: 'POST /businesses/',
  scopes: BUSINESS_SCOPES.write,
  fields: businessFields({ isNew: true }),
  location: 'body',
  result: businessOf,
  sample: businessSample,
  outputLabels: businessOutputLabels,
});
