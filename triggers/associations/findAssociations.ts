import { ASSOCIATION_SCOPES, associationOutputLabels, associationSample, withAssociationName } from '../../families/associations';
import { fetchThen, listIn } from '../../families/conversations';
import { trigger } from '../../steps/define';

const PAGE_SIZE = 100;
const paging = (_input: unknown, _bundle: unknown, { page, limit }: { page: number; limit: number }) => ({
  query: { skip: page * limit, limit },
});

export default trigger({
  key: 'find_associations',
  noun: 'Association',
  label: 'Find Associations',
  description: 'Triggers when a new association (a kind of link between two objects, like Student and Teacher) is set up in the sub-account.',
  endpoint: 'GET /associations/',
  scopes: ASSOCIATION_SCOPES.read,
  perform: fetchThen({ endpoint: 'GET /associations/', location: 'query', request: paging, pageSize: PAGE_SIZE }, (data) => ({
    associations: listIn(data, 'associations'),
  })),
  pageSize: PAGE_SIZE,
  canPaginate: true,
  list: 'associations',
  item: withAssociationName,
  sample: associationSample,
  outputLabels: associationOutputLabels,
});
