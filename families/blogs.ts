// Blogs family (catalog "Other Operations"): blog sites, their posts, authors and categories.
// HighLevel names IDs `_id` here; every item also gets `id` (and a `name` for dropdowns).
import type { FieldSpec } from '../steps/fields';

export const withId = (r: Record<string, any>) => ({ id: r._id ?? r.id, ...r });

export const blogIdField: FieldSpec = {
  key: 'blogId',
  label: 'Blog',
  required: true,
  dynamic: 'list_blogs.id.name',
  example: '66f429b8afdce84227a4610d',
  helpText: 'The HighLevel blog site. Pick one, or map a Blog ID (from the blog dashboard link).',
};

export const postIdField: FieldSpec = {
  key: 'postId',
  label: 'Blog Post',
  required: true,
  dynamic: 'list_blog_posts.id.title',
  example: '66c381b38be80858b9af62b6',
  helpText: 'The blog post. Pick one (choose the Blog first), or map a Post ID from an earlier step.',
};

/** The inputs of a blog post; HighLevel requires all of them, on update too (it replaces the post). */
export const blogPostFields: FieldSpec[] = [
  { key: 'title', label: 'Title', required: true, helpText: 'Headline of the post.', example: '5 Local SEO Fixes for Plumbers' },
  {
    key: 'urlSlug',
    label: 'URL Slug',
    required: true,
    helpText:
      'The end of the post address, lowercase with hyphens, like local-seo-fixes. Check it first with the trigger Blog URL Slug Availability Changed.',
    example: 'local-seo-fixes-for-plumbers',
  },
  {
    key: 'description',
    label: 'Description',
    required: true,
    type: 'text',
    helpText: 'Short summary shown in post lists and search results.',
    example: 'Five quick changes that get your plumbing business found on Google.',
  },
  {
    key: 'rawHTML',
    label: 'Content (HTML)',
    required: true,
    type: 'text',
    helpText: 'The body of the post as HTML.',
    example: '<h1>5 Local SEO Fixes</h1><p>Start with your Google Business Profile.</p>',
  },
  {
    key: 'imageUrl',
    label: 'Cover Image URL',
    required: true,
    type: 'url',
    helpText: 'Public link to the cover image, starting with https://.',
    example: 'https://storage.example.com/media/local-seo-cover.jpg',
  },
  {
    key: 'imageAltText',
    label: 'Cover Image Alt Text',
    required: true,
    helpText: 'Describes the cover image for screen readers and search engines.',
    example: 'Plumber checking a map on a phone',
  },
  {
    key: 'categories',
    label: 'Categories',
    type: 'list',
    required: true,
    dynamic: 'list_blog_categories.id.name',
    helpText: 'One or more blog categories. Pick them, or map Category IDs.',
    example: ['659ecabc4a37969a2b7cc370'],
  },
  { key: 'tags', label: 'Tags', type: 'list', helpText: 'Keywords for the post, one per line.', example: ['seo', 'plumbing'] },
  {
    key: 'author',
    label: 'Author',
    required: true,
    dynamic: 'list_blog_authors.id.name',
    example: '659ec9634a3796e4e47cc360',
    helpText: 'The blog author shown on the post. Pick one, or map an Author ID.',
  },
  {
    key: 'status',
    label: 'Status',
    required: true,
    example: 'DRAFT',
    choices: { DRAFT: 'Draft', PUBLISHED: 'Published', SCHEDULED: 'Scheduled', ARCHIVED: 'Archived' },
    helpText: 'Draft keeps it private; Published puts it live; Scheduled publishes it at Publish Date.',
  },
  {
    key: 'publishedAt',
    label: 'Publish Date',
    type: 'datetime',
    required: true,
    helpText: 'When the post is (or was) published; for Scheduled posts, when it goes live.',
    example: '2026-11-25T15:00:00Z',
  },
  {
    key: 'canonicalLink',
    label: 'Canonical URL',
    type: 'url',
    helpText: 'The original address if the post first appeared elsewhere, for SEO.',
    example: 'https://www.acmeplumbing.example.com/blog/local-seo-fixes',
  },
];

export const blogPostSample = {
  id: '66c381b38be80858b9af62b6',
  _id: '66c381b38be80858b9af62b6',
  title: '5 Local SEO Fixes for Plumbers',
  description: 'Five quick changes that get your plumbing business found on Google.',
  urlSlug: 'local-seo-fixes-for-plumbers',
  canonicalLink: 'https://www.acmeplumbing.example.com/blog/local-seo-fixes',
  imageUrl: 'https://storage.example.com/media/local-seo-cover.jpg',
  imageAltText: 'Plumber checking a map on a phone',
  status: 'PUBLISHED',
  archived: false,
  author: '659ec9634a3796e4e47cc360',
  categories: ['659ecabc4a37969a2b7cc370'],
  tags: ['seo', 'plumbing'],
  publishedAt: '2026-11-25T15:00:00.000Z',
  updatedAt: '2026-11-25T15:02:36.182Z',
};

export const blogPostOutputLabels = {
  id: 'Post ID',
  _id: 'HighLevel Post ID',
  author: 'Author ID',
  'categories[]': 'Category IDs',
  'tags[]': 'Tags',
};
