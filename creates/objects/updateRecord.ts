import {
  objectKeyField,
  objectSchema,
  OBJECT_SCOPES,
  ownershipFields,
  ownershipOf,
  recordForm,
  recordIdField,
  recordOf,
  recordProperties,
  recordWhat,
} from '../../families/objects';
import { ghl } from '../../highlevel/request';
import { invalidInput } from '../../steps/fields';
import { create } from '../../steps/define';

export default create({
  ...recordForm(false),
  key: 'update_record',
  noun: 'Record',
  label: 'Update Record',
  description: 'Changes the fields you fill in on a custom object record; empty fields stay as they are.',
  endpoint: 'PUT /objects/{schemaKey}/records/{id}',
  scopes: OBJECT_SCOPES.write,
  exampleAlso: ['followers'],
  fields: [objectKeyField, recordIdField, ...ownershipFields],
  // Two requests: the schema, to check the values (types, options) before anything is written.
  perform: async (z, bundle, input) => {
    const schema = await objectSchema(z, bundle, input.schemaKey);
    const changes = { properties: recordProperties(schema, bundle.inputData, bundle.meta?.timezone), ...ownershipOf(input) };
    if (!Object.keys(changes.properties).length && !changes.owner && !changes.followers) {
      throw invalidInput('Fill in at least one field to change.');
    }
    const data = await ghl(z, bundle, 'PUT /objects/{schemaKey}/records/{id}', {
      path: { schemaKey: input.schemaKey, id: input.recordId },
      location: 'query',
      body: changes,
      what: recordWhat(input),
    });
    return recordOf(data);
  },
});
