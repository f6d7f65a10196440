import { fetchThen } from '../../families/conversations';
import { trigger } from '../../steps/define';
import type { FieldSpec } from '../../steps/fields';

const fields: FieldSpec[] = [
  { key: 'urlSlug', label: 'URL Slug', required: true, example: 'local-seo-fixes-for-plumbers', help: 'The slug to check, lowercase with hyphens, like local-seo-fixes.' },
  { key: 'postId', label: 'Ignore Post', example: '66c381b38be80858b9af62b6', help: 'When checking for an existing post, its Post ID, so its own slug does not count as taken.' },
];

export default trigger({
  key: 'check_blog_url_slug',
  noun: 'URL Slug',
  label: 'Check Blog URL Slug',
  description: "Triggers when the chosen blog URL slug's availability changes (and once when set up): whether a post already uses it.",
  endpoint: 'GET /blogs/posts/url-slug-exists',
  scopes: ['blogs/check-slug.readonly'],
  fields,
  perform: fetchThen({ endpoint: 'GET /blogs/posts/url-slug-exists', fields, location: 'query' }, (data, input) => {
    const exists = Boolean(data?.exists);
    return { slug: { id: `${input.urlSlug}:${exists ? 'taken' : 'available'}`, urlSlug: input.urlSlug, exists, available: !exists } };
  }),
  record: 'slug',
  sample: { id: 'local-seo-fixes-for-plumbers:available', urlSlug: 'local-seo-fixes-for-plumbers', exists: false, available: true },
  outputLabels: { id: 'Check ID', exists: 'Already Taken', available: 'Available' },
});
