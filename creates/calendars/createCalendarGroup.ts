import { CALENDAR_SCOPES, groupFields, groupSample } from '../../families/calendars';
import { create } from '../../steps/define';

export default create({
  key: 'create_calendar_group',
  noun: 'Calendar Group',
  label: 'Create Calendar Group',
  description: 'Creates a calendar group, a booking page that gathers several calendars.',
  endpoint: 'POST /calendars/groups',
  scopes: CALENDAR_SCOPES.groups.write,
  fields: [
    ...groupFields,
    { key: 'isActive', label: 'Active', type: 'boolean', helpText: 'No creates the group switched off.', example: true },
  ],
  location: 'body',
  result: 'group',
  sample: groupSample,
  outputLabels: { id: 'Calendar Group ID', slug: 'URL Slug' },
});
