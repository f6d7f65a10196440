import {
  ESTIMATE_CREATE_CALLS,
  ESTIMATE_SCOPES,
  estimateBody,
  estimateFields,
  estimateIn,
  estimateLabels,
  estimateSample,
} from '../../families/estimates';
import { BILLED_CONTACT } from '../../families/billing';
import { ghl } from '../../highlevel/request';
import { create } from '../../steps/define';

export default create({
  key: 'create_estimate',
  noun: 'Estimate',
  label: 'Create Estimate',
  description: 'Creates a draft estimate (quote) for a contact, with line items typed in or mapped from a quote request.',
  endpoint: 'POST /invoices/estimate',
  scopes: ESTIMATE_SCOPES.write,
  alsoCalls: ESTIMATE_CREATE_CALLS,
  needsOneOf: [BILLED_CONTACT],
  fields: estimateFields,
  perform: async (z, bundle, input) =>
    estimateIn(await ghl(z, bundle, 'POST /invoices/estimate', { body: await estimateBody(z, bundle, input) })),
  sample: estimateSample,
  outputLabels: estimateLabels,
});
