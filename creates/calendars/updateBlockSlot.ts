import { blockedSlotSample, blockSlotBody, blockSlotFields, CALENDAR_SCOPES, eventIdField } from '../../families/calendars';
import { create } from '../../steps/define';

export default create({
  key: 'update_block_slot',
  noun: 'Blocked Slot',
  label: 'Update Block Slot',
  description: 'Moves or renames blocked time; times left empty stay as they are.',
  endpoint: 'PUT /calendars/events/block-slots/{eventId}',
  scopes: CALENDAR_SCOPES.events.write,
  // The calendar or user comes first: it also fills the Blocked Slot dropdown.
  exampleAlso: ['calendarId'],
  fields: blockSlotFields(
    false,
    eventIdField(
      'Blocked Slot',
      'Pick one of the blocked times of the calendar or user chosen above, or map a blocked slot ID, for example from New Blocked Slot or Create Block Slot.',
      'list_blocked_slot_choices.id.name',
    ),
  ),
  location: 'body',
  request: (input, bundle) => ({ body: blockSlotBody(input, bundle) }),
  what: (i) => `Blocked slot ${i.eventId}`,
  result: (data) => data,
  sample: blockedSlotSample,
  outputLabels: { id: 'Blocked Slot ID', calendarId: 'Calendar ID', assignedUserId: 'User ID' },
});
