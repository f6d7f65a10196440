import {
  OPPORTUNITY_SCOPES,
  opportunityIdField,
  opportunityOutput,
  opportunityOutputLabels,
  opportunitySample,
} from '../../families/opportunities';
import { trigger } from '../../steps/define';

export default trigger({
  ...opportunityOutput,
  key: 'get_opportunity',
  noun: 'Opportunity',
  label: 'Opportunity Updated (Chosen Opportunity)',
  catalog: 'Get Opportunity',
  description: 'Triggers when the chosen opportunity changes (stage, status, value or owner), and once when first set up.',
  endpoint: 'GET /opportunities/{id}',
  scopes: OPPORTUNITY_SCOPES.read,
  fields: [opportunityIdField],
  record: 'opportunity',
  dedupe: { changedBy: 'updatedAt', idAs: 'opportunityId' },
  what: (i) => `Opportunity ${i.opportunityId}`,
  sample: { ...opportunitySample, id: `${opportunitySample.id}:${opportunitySample.updatedAt}`, opportunityId: opportunitySample.id },
  outputLabels: { ...opportunityOutputLabels, id: 'Change ID', opportunityId: 'Opportunity ID' },
});
