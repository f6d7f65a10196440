import { CALENDAR_SCOPES, groupFields, groupIdField, groupSample } from '../../families/calendars';
import { create } from '../../steps/define';

export default create({
  key: 'update_calendar_group',
  noun: 'Calendar Group',
  label: 'Update Calendar Group',
  description: "Changes a calendar group's name, description and URL slug (HighLevel needs all three).",
  endpoint: 'PUT /calendars/groups/{groupId}',
  scopes: CALENDAR_SCOPES.groups.write,
  fields: [groupIdField(), ...groupFields],
  what: (i) => `Calendar group ${i.groupId}`,
  result: 'group',
  sample: groupSample,
  outputLabels: { id: 'Calendar Group ID', slug: 'URL Slug' },
});
