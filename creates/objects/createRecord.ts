import {
  objectKeyField,
  objectSchema,
  objectWhat,
  OBJECT_SCOPES,
  ownershipFields,
  ownershipOf,
  recordForm,
  recordOf,
  recordProperties,
} from '../../families/objects';
import { ghl } from '../../highlevel/request';
import { create } from '../../steps/define';

export default create({
  ...recordForm(true),
  key: 'create_record',
  noun: 'Record',
  label: 'Create Record',
  description: "Creates a record of a custom object (like a Pet or a Property), with the object's own fields.",
  endpoint: 'POST /objects/{schemaKey}/records',
  scopes: OBJECT_SCOPES.write,
  fields: [objectKeyField, ...ownershipFields],
  // Two requests: the schema, to check the values (types, options) before anything is written.
  perform: async (z, bundle, input) => {
    const schema = await objectSchema(z, bundle, input.schemaKey);
    const properties = recordProperties(schema, bundle.inputData, bundle.meta?.timezone);
    const data = await ghl(z, bundle, 'POST /objects/{schemaKey}/records', {
      path: { schemaKey: input.schemaKey },
      location: 'body',
      body: { properties, ...ownershipOf(input) },
      what: objectWhat(input),
    });
    return recordOf(data);
  },
});
