import { withId } from '../../families/blogs';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'list_blogs',
  noun: 'Blog',
  label: 'New Blog',
  catalog: 'Get Blogs by Location',
  description: 'Triggers when a new blog site is created in the connected sub-account.',
  endpoint: 'GET /blogs/site/all',
  scopes: ['blogs/list.readonly'],
  fields: [{ key: 'searchTerm', label: 'Search Text', helpText: 'Only blogs whose name contains this text.', example: 'acme' }],
  location: 'query',
  request: (_input, _bundle, { page, limit }) => ({ query: { skip: page * limit, limit } }),
  list: 'data',
  item: withId,
  sample: { id: '66f429b8afdce84227a4610d', _id: '66f429b8afdce84227a4610d', name: 'Acme Plumbing Blog' },
  outputLabels: { id: 'Blog ID', _id: 'HighLevel Blog ID', name: 'Blog Name' },
});
