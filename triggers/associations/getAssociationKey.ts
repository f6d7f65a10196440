import { ASSOCIATION_SCOPES, associationOutputLabels, associationSample, withAssociationName } from '../../families/associations';
import { recordIn } from '../../highlevel/answers';
import { contentHash } from '../../steps/dedupe';
import { trigger } from '../../steps/define';
import type { FieldSpec } from '../../steps/fields';

const fields: FieldSpec[] = [
  {
    key: 'keyName',
    as: 'key_name',
    in: 'path',
    label: 'Association Key',
    required: true,
    example: 'student_teacher',
    helpText: "The association's unique key, as set when it was created (for example student_teacher).",
  },
];
const what = (i: Record<string, any>) => `Association ${i.keyName}`;

export default trigger({
  key: 'get_association_key',
  noun: 'Association',
  label: 'Association Updated (Chosen Key)',
  catalog: 'Get Association Key',
  description: 'Triggers when the association with the chosen key changes, and once when set up; handy to look up its ID by key.',
  endpoint: 'GET /associations/key/{key_name}',
  scopes: ASSOCIATION_SCOPES.read,
  fields,
  what,
  location: 'query',
  record: (data) => recordIn(data, 'association'),
  item: withAssociationName,
  dedupe: { changedBy: 'content', idAs: 'associationId' },
  sample: () => ({
    ...associationSample,
    id: `${associationSample.id}:${contentHash(associationSample)}`,
    associationId: associationSample.id,
  }),
  outputLabels: { ...associationOutputLabels, id: 'Change ID', associationId: 'Association ID' },
});
