import { blockedSlotSample, blockSlotBody, blockSlotFields, CALENDAR_SCOPES } from '../../families/calendars';
import { create } from '../../steps/define';

export default create({
  key: 'create_block_slot',
  noun: 'Blocked Slot',
  label: 'Create Block Slot',
  description: 'Blocks time on a calendar or for a user, so nobody can book it.',
  endpoint: 'POST /calendars/events/block-slots',
  scopes: CALENDAR_SCOPES.events.write,
  exampleAlso: ['calendarId'],
  fields: blockSlotFields(true),
  location: 'body',
  request: (input, bundle) => ({ body: blockSlotBody(input, bundle) }),
  result: (data) => data,
  sample: blockedSlotSample,
  outputLabels: { id: 'Blocked Slot ID', calendarId: 'Calendar ID', assignedUserId: 'User ID' },
});
