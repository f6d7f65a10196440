import { customFieldValues } from '../../families/contacts';
import {
  CUSTOM_FIELDS_CALL, OPPORTUNITY_SCOPES, opportunityCustomFields, opportunityFields, opportunityIdField, opportunityOutputLabels,
  opportunitySample,
} from '../../families/opportunities';
import { create } from '../../steps/define';

export default create({
  key: 'update_opportunity',
  noun: 'Opportunity',
  label: 'Update Opportunity',
  description: 'Changes an opportunity: name, pipeline and stage, status, value, owner or custom fields. Empty fields stay as they are.',
  endpoint: 'PUT /opportunities/{id}',
  scopes: OPPORTUNITY_SCOPES.write,
  alsoCalls: [CUSTOM_FIELDS_CALL],
  fields: [opportunityIdField, ...opportunityFields({ isNew: false })],
  dynamicFields: [opportunityCustomFields],
  request: (_input, bundle) => ({ body: customFieldValues(bundle.inputData) }),
  what: (i) => `Opportunity ${i.opportunityId}`,
  result: 'opportunity',
  sample: opportunitySample,
  outputLabels: opportunityOutputLabels,
});
