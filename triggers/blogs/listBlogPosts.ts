import { blogIdField, blogPostOutputLabels, blogPostSample, withId } from '../../families/blogs';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'list_blog_posts',
  noun: 'Blog Post',
  label: 'New Blog Post (Chosen Blog)',
  catalog: 'Get Blog Posts',
  description: 'Triggers when a new post is added to the chosen blog (optionally only posts with a given status or text).',
  endpoint: 'GET /blogs/posts/all',
  scopes: ['blogs/posts.readonly'],
  fields: [
    blogIdField,
    { key: 'searchTerm', label: 'Search Text', helpText: 'Only posts whose title contains this text.', example: 'seo' },
    {
      key: 'status',
      label: 'Status',
      example: 'PUBLISHED',
      helpText: 'Only posts with this status. Leave empty for all.',
      choices: { PUBLISHED: 'Published', SCHEDULED: 'Scheduled', DRAFT: 'Draft', ARCHIVED: 'Archived' },
    },
  ],
  location: 'query',
  request: (_input, _bundle, { page, limit }) => ({ query: { limit, offset: page * limit } }),
  list: 'blogs',
  newest: 'updatedAt',
  item: withId,
  what: (i) => `Blog ${i.blogId}`,
  sample: blogPostSample,
  outputLabels: blogPostOutputLabels,
});
