import { recordIdField, RELATION_SCOPES, relationOutputLabels, relationSample, withRelationName } from '../../families/associations';
import { listIn } from '../../highlevel/answers';
import { trigger } from '../../steps/define';
import type { FieldSpec } from '../../steps/fields';

const PAGE_SIZE = 100;
const fields: FieldSpec[] = [
  recordIdField,
  {
    key: 'associationIds',
    label: 'Associations',
    type: 'list',
    dynamic: 'find_associations.id.name',
    example: ['ve9EPM428h8vShlRW1KT'],
    helpText: 'Only relations of these associations. Leave empty for all.',
  },
];
const what = (i: Record<string, any>) => `Record ${i.recordId}`;

export default trigger({
  key: 'get_record_relations',
  noun: 'Relation',
  label: 'New Relation (Chosen Record)',
  catalog: 'Get Relations by Record',
  description: 'Triggers when the chosen record is linked (related) to another record, for example a contact to a custom object record.',
  endpoint: 'GET /associations/relations/{recordId}',
  scopes: RELATION_SCOPES.read,
  fields,
  what,
  location: 'query',
  request: (_input, _bundle, { page, limit }) => ({ query: { skip: page * limit, limit } }),
  pageSize: PAGE_SIZE,
  list: (data) => listIn(data, 'relations'),
  newest: 'createdAt',
  item: withRelationName,
  sample: relationSample,
  outputLabels: relationOutputLabels,
});
