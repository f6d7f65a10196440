import { listIn } from '../../highlevel/answers';
import { checkObjectKey, objectKeyField, objectWhat, OBJECT_SCOPES, recordOutput, searchBody } from '../../families/objects';
import { trigger } from '../../steps/define';

// Also the Record dropdown of the record steps (it reads the step's Object). Dedupe: `id`.
export default trigger({
  ...recordOutput,
  key: 'new_record',
  noun: 'Record',
  label: 'New Record',
  description: 'Triggers when a new record of the chosen custom object is added, newest first.',
  endpoint: 'POST /objects/{schemaKey}/records/search',
  scopes: OBJECT_SCOPES.read,
  fields: [
    objectKeyField,
    {
      key: 'query',
      label: 'Search Text',
      in: 'none',
      example: 'name:Buddy',
      helpText:
        "Only records matching this text in the object's searchable fields; `field:value` (like `name:Buddy`) matches one field. Leave empty for every new record.",
    },
  ],
  location: 'body',
  // The documented body has no sort: records are put newest first here, by `createdAt`.
  request: (input, _bundle, { page, limit }) => ({ ...checkObjectKey(input.schemaKey), body: searchBody(input.query, page, limit) }),
  list: (data) => listIn(data, 'records'),
  newest: 'createdAt',
  what: objectWhat,
});
