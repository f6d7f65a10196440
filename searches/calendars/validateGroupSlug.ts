import { CALENDAR_SCOPES } from '../../families/calendars';
import { search } from '../../steps/define';

export default search({
  key: 'validate_calendar_group_slug',
  noun: 'Group Slug',
  label: 'Validate Group Slug',
  description: 'Finds out whether a URL slug is still free for a new calendar group (Available is yes or no).',
  endpoint: 'POST /calendars/groups/validate-slug',
  // The catalog lists the write scope: HighLevel checks slugs only for those who may create groups.
  scopes: CALENDAR_SCOPES.groups.write,
  fields: [
    {
      key: 'slug',
      label: 'URL Slug',
      required: true,
      helpText: 'The slug to check, lowercase with dashes, like seo-consultations.',
      example: 'seo-consultations',
    },
  ],
  location: 'body',
  // Always one result, so later steps can branch on Available.
  result: (data, input) => ({ id: input.slug, slug: input.slug, available: Boolean(data?.available) }),
  sample: { id: 'seo-consultations', slug: 'seo-consultations', available: true },
  outputLabels: { id: 'Slug', slug: 'URL Slug', available: 'Available' },
});
