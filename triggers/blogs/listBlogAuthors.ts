import { withId } from '../../families/blogs';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'list_blog_authors',
  noun: 'Blog Author',
  label: 'New Blog Author',
  catalog: 'Get Blog Authors',
  description: 'Triggers when a new blog author is added to the connected sub-account.',
  endpoint: 'GET /blogs/authors',
  scopes: ['blogs/author.readonly'],
  location: 'query',
  request: (_input, _bundle, { page, limit }) => ({ query: { limit, offset: page * limit } }),
  list: 'authors',
  newest: 'updatedAt',
  item: withId,
  sample: {
    id: '659ec9634a3796e4e47cc360',
    _id: '659ec9634a3796e4e47cc360',
    name: 'Sam Rivera',
    canonicalLink: 'https://blog.acmeplumbing.example.com/author/sam-rivera',
    locationId: 've9EPM428h8vShlRW1KT',
    updatedAt: '2026-11-20T09:31:30.255Z',
  },
  outputLabels: { id: 'Author ID', _id: 'HighLevel Author ID', name: 'Author Name' },
});
