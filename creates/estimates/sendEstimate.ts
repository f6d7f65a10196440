import { sendBody, sendFields } from '../../families/billing';
import { ESTIMATE_SCOPES, estimateIdField, estimateIn, estimateLabels, estimateSample } from '../../families/estimates';
import { create } from '../../steps/define';

export default create({
  key: 'send_estimate',
  noun: 'Estimate',
  label: 'Send Estimate',
  description: 'Sends an estimate to its contact by email, SMS or both, to view and accept online (or marks it sent).',
  endpoint: 'POST /invoices/estimate/{estimateId}/send',
  scopes: ESTIMATE_SCOPES.write,
  fields: [estimateIdField, ...sendFields('estimate')],
  what: (i) => `Estimate ${i.estimateId}`,
  request: (input, bundle) => ({ body: sendBody(input, bundle) }),
  result: (data) => estimateIn(data),
  sample: { ...estimateSample, status: 'sent' },
  outputLabels: estimateLabels,
});
