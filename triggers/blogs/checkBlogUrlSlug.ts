import { blogIdField, postIdField } from '../../families/blogs';
import { trigger } from '../../steps/define';
import type { FieldSpec } from '../../steps/fields';

const fields: FieldSpec[] = [
  {
    key: 'urlSlug',
    label: 'URL Slug',
    required: true,
    example: 'local-seo-fixes-for-plumbers',
    helpText: 'The slug to check, lowercase with hyphens, like local-seo-fixes.',
  },
  {
    ...blogIdField,
    required: false,
    in: 'none',
    altersDynamicFields: true,
    helpText: 'Pick a blog to list its posts in the Ignore Post dropdown below. Not needed when you leave that empty or map a Post ID.',
  },
  {
    ...postIdField,
    label: 'Ignore Post',
    required: false,
    helpText:
      'When checking the slug of an existing post: that post, so its own slug does not count as taken. Pick it (choose the Blog first), or map a Post ID.',
  },
];

export default trigger({
  key: 'check_blog_url_slug',
  noun: 'URL Slug',
  label: 'Blog URL Slug Availability Changed',
  catalog: 'Check Blog URL Slug',
  description: "Triggers when the chosen blog URL slug's availability changes (and once when set up): whether a post already uses it.",
  endpoint: 'GET /blogs/posts/url-slug-exists',
  scopes: ['blogs/check-slug.readonly'],
  fields,
  location: 'query',
  record: (data, input) => {
    const exists = Boolean(data?.exists);
    return { id: `${input.urlSlug}:${exists ? 'taken' : 'available'}`, urlSlug: input.urlSlug, exists, available: !exists };
  },
  sample: { id: 'local-seo-fixes-for-plumbers:available', urlSlug: 'local-seo-fixes-for-plumbers', exists: false, available: true },
  outputLabels: { id: 'Check ID', exists: 'Already Taken', available: 'Available' },
});
