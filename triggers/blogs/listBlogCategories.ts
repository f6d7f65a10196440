import { withId } from '../../families/blogs';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'list_blog_categories',
  noun: 'Blog Category',
  label: 'New Blog Category',
  catalog: 'Get Blog Categories',
  description: 'Triggers when a new blog category is added to the connected sub-account.',
  endpoint: 'GET /blogs/categories',
  scopes: ['blogs/category.readonly'],
  location: 'query',
  request: (_input, _bundle, { page, limit }) => ({ query: { limit, offset: page * limit } }),
  list: 'categories',
  newest: 'updatedAt',
  item: (c) => ({ ...withId(c), name: c.name ?? c.label ?? c.urlSlug }),
  sample: {
    id: '659ecabc4a37969a2b7cc370',
    _id: '659ecabc4a37969a2b7cc370',
    name: 'Local SEO',
    label: 'Local SEO',
    urlSlug: 'local-seo',
    canonicalLink: 'https://blog.acmeplumbing.example.com/category/local-seo',
    locationId: 've9EPM428h8vShlRW1KT',
    updatedAt: '2026-11-20T09:31:30.255Z',
  },
  outputLabels: { id: 'Category ID', _id: 'HighLevel Category ID', name: 'Category Name' },
});
