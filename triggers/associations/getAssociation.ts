import {
  ASSOCIATION_SCOPES,
  associationIdField,
  associationOutputLabels,
  associationSample,
  withAssociationName,
} from '../../families/associations';
import { recordIn } from '../../highlevel/answers';
import { contentHash } from '../../steps/dedupe';
import { trigger } from '../../steps/define';

const fields = [associationIdField];
const what = (i: Record<string, any>) => `Association ${i.associationId}`;

export default trigger({
  key: 'get_association',
  noun: 'Association',
  label: 'Association Updated (Chosen Association)',
  catalog: 'Get Association',
  description: 'Triggers when the chosen association changes (its object labels), and once when set up.',
  endpoint: 'GET /associations/{associationId}',
  scopes: ASSOCIATION_SCOPES.read,
  fields,
  what,
  record: (data) => recordIn(data, 'association'),
  item: withAssociationName,
  // Associations carry no updated stamp: a hash of their content marks a change.
  dedupe: { changedBy: 'content', idAs: 'associationId' },
  sample: () => ({
    ...associationSample,
    id: `${associationSample.id}:${contentHash(associationSample)}`,
    associationId: associationSample.id,
  }),
  outputLabels: { ...associationOutputLabels, id: 'Change ID', associationId: 'Association ID' },
});
