import { appointmentCalendarField, CALENDAR_SCOPES, eventIdField } from '../../families/calendars';
import { confirmation, create } from '../../steps/define';

export default create({
  key: 'delete_calendar_event',
  noun: 'Event',
  label: 'Delete Event',
  description: 'Deletes an appointment or blocked slot from its calendar.',
  endpoint: 'DELETE /calendars/events/{eventId}',
  scopes: CALENDAR_SCOPES.events.write,
  fields: [
    appointmentCalendarField('Calendar', 'Event'),
    eventIdField(
      'Event',
      'Pick one of the appointments of the calendar chosen above, or map an appointment or blocked slot ID, for example from New Calendar Event or New Blocked Slot. For a whole recurring series use its master event ID.',
    ),
  ],
  // HighLevel documents a (empty) JSON body for this DELETE.
  request: () => ({ body: {} }),
  what: (i) => `Event ${i.eventId}`,
  result: confirmation('eventId'),
  sample: { id: 'ocQHyuzHvysMo5N5VsXc', success: true },
  outputLabels: { id: 'Deleted Event ID' },
});
