import {
  BUSINESS_SCOPES,
  businessFields,
  businessIdField,
  businessOf,
  businessOutputLabels,
  businessSample,
} from '../../families/businesses';
import { create } from '../../steps/define';

export default create({
  key: 'update_business',
  noun: 'Business',
  label: 'Update Business',
  description: "Changes a business's name, contact details, address or description. Empty fields stay as they are.",
  endpoint: 'PUT /businesses/{businessId}',
  scopes: BUSINESS_SCOPES.write,
  fields: [businessIdField, ...businessFields({ isNew: false })],
  what: (i) => `Business ${i.businessId}`,
  result: businessOf,
  sample: businessSample,
  outputLabels: businessOutputLabels,
});
