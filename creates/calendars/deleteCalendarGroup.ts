import { CALENDAR_SCOPES, groupIdField } from '../../families/calendars';
import { confirmation, create } from '../../steps/define';

export default create({
  key: 'delete_calendar_group',
  noun: 'Calendar Group',
  label: 'Delete Calendar Group',
  description: 'Deletes a calendar group.',
  endpoint: 'DELETE /calendars/groups/{groupId}',
  scopes: CALENDAR_SCOPES.groups.write,
  fields: [groupIdField()],
  what: (i) => `Calendar group ${i.groupId}`,
  result: confirmation('groupId'),
  sample: { id: 'Z8j4mNq2Lr7TsVb1XyPw', success: true },
  outputLabels: { id: 'Deleted Calendar Group ID' },
});
