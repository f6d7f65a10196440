import { BUSINESS_SCOPES, businessIdField, businessOutputLabels, businessSample } from '../../families/businesses';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'get_business',
  noun: 'Business',
  label: 'Business Updated (Chosen Business)',
  catalog: 'Get Business',
  description: 'Triggers when the chosen business (company record) is updated, and once when first set up.',
  endpoint: 'GET /businesses/{businessId}',
  scopes: BUSINESS_SCOPES.read,
  fields: [businessIdField],
  record: 'business',
  dedupe: { changedBy: 'updatedAt', idAs: 'businessId' },
  what: (i) => `Business ${i.businessId}`,
  sample: { ...businessSample, id: `${businessSample.id}:${businessSample.updatedAt}`, businessId: businessSample.id },
  outputLabels: { ...businessOutputLabels, id: 'Change ID', businessId: 'Business ID' },
});
