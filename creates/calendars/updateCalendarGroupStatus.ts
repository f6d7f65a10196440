import { CALENDAR_SCOPES, groupIdField } from '../../families/calendars';
import { confirmation, create } from '../../steps/define';

export default create({
  key: 'update_calendar_group_status',
  noun: 'Calendar Group',
  label: 'Update Group Status',
  description: 'Turns a calendar group on or off.',
  endpoint: 'PUT /calendars/groups/{groupId}/status',
  scopes: CALENDAR_SCOPES.groups.write,
  fields: [
    groupIdField(),
    {
      key: 'isActive',
      label: 'Active',
      type: 'boolean',
      required: true,
      helpText: 'Yes turns the group on; No turns it off (its booking page stops taking bookings).',
      example: true,
    },
  ],
  what: (i) => `Calendar group ${i.groupId}`,
  result: confirmation('groupId', (i) => ({ isActive: i.isActive })),
  sample: { id: 'Z8j4mNq2Lr7TsVb1XyPw', success: true, isActive: true },
  outputLabels: { id: 'Calendar Group ID' },
});
