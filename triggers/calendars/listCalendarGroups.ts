import { CALENDAR_SCOPES, groupSample } from '../../families/calendars';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'list_calendar_groups',
  noun: 'Calendar Group',
  label: 'New Calendar Group',
  catalog: 'List Calendar Groups',
  description: 'Triggers when a calendar group is added to the connected sub-account.',
  endpoint: 'GET /calendars/groups',
  scopes: CALENDAR_SCOPES.groups.read,
  location: 'query',
  list: 'groups',
  sample: groupSample,
  outputLabels: { id: 'Calendar Group ID', slug: 'URL Slug' },
});
