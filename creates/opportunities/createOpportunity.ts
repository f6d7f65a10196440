import { customFieldValues } from '../../families/contacts';
import {
  CUSTOM_FIELDS_CALL, OPPORTUNITY_SCOPES, opportunityCustomFields, opportunityFields, opportunityOutputLabels, opportunitySample,
} from '../../families/opportunities';
import { create } from '../../steps/define';

export default create({
  key: 'create_opportunity',
  noun: 'Opportunity',
  label: 'Create Opportunity',
  description: 'Creates a deal for a contact in a pipeline stage, with its value, owner and custom fields.',
  endpoint: 'POST /opportunities/',
  scopes: OPPORTUNITY_SCOPES.write,
  alsoCalls: [CUSTOM_FIELDS_CALL],
  fields: opportunityFields({ isNew: true }),
  dynamicFields: [opportunityCustomFields],
  location: 'body',
  request: (_input, bundle) => ({ body: customFieldValues(bundle.inputData) }),
  result: 'opportunity',
  sample: opportunitySample,
  outputLabels: opportunityOutputLabels,
});
