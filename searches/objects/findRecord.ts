import { checkObjectKey, objectKeyField, objectWhat, OBJECT_SCOPES, recordOutput, recordsOf, searchBody } from '../../families/objects';
import { search } from '../../steps/define';

export default search({
  ...recordOutput,
  key: 'find_record',
  noun: 'Record',
  label: 'Find Record',
  description: "Finds a custom object record by text in the object's searchable fields, like a pet's name.",
  endpoint: 'POST /objects/{schemaKey}/records/search',
  scopes: OBJECT_SCOPES.read,
  fields: [
    objectKeyField,
    {
      key: 'query',
      label: 'Search Text',
      required: true,
      in: 'none',
      example: 'name:Buddy',
      helpText:
        "Text to find in the object's searchable fields (set under Settings → Objects), or `field:value` for one field, like `name:Buddy`.",
    },
  ],
  location: 'body',
  request: (input) => ({ ...checkObjectKey(input.schemaKey), body: searchBody(input.query, 0, 10) }),
  result: recordsOf,
  what: objectWhat,
});
