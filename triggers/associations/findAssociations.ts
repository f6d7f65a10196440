import { ASSOCIATION_SCOPES, associationOutputLabels, associationSample, withAssociationName } from '../../families/associations';
import { listIn } from '../../highlevel/answers';
import { trigger } from '../../steps/define';

const PAGE_SIZE = 100;

export default trigger({
  key: 'find_associations',
  noun: 'Association',
  label: 'New Association',
  catalog: 'Find Associations',
  description:
    'Triggers when a new association (a kind of link between two objects, like Student and Teacher) is set up in the sub-account.',
  endpoint: 'GET /associations/',
  scopes: ASSOCIATION_SCOPES.read,
  location: 'query',
  request: (_input, _bundle, { page, limit }) => ({ query: { skip: page * limit, limit } }),
  pageSize: PAGE_SIZE,
  list: (data) => listIn(data, 'associations'),
  item: withAssociationName,
  sample: associationSample,
  outputLabels: associationOutputLabels,
});
