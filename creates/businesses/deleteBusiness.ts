import { BUSINESS_SCOPES, businessIdField } from '../../families/businesses';
import { confirmation, create } from '../../steps/define';

export default create({
  key: 'delete_business',
  noun: 'Business',
  label: 'Delete Business',
  description: 'Deletes a business (company record) for good. Its contacts stay, without a business.',
  endpoint: 'DELETE /businesses/{businessId}',
  scopes: BUSINESS_SCOPES.write,
  fields: [businessIdField],
  what: (i) => `Business ${i.businessId}`,
  result: confirmation('businessId'),
  sample: { id: '641c094001436dbc2081e642', success: true },
  outputLabels: { id: 'Deleted Business ID' },
});
