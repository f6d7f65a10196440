import { calendarIdField, CALENDAR_SCOPES } from '../../families/calendars';
import { confirmation, create } from '../../steps/define';

export default create({
  key: 'delete_calendar',
  noun: 'Calendar',
  label: 'Delete Calendar',
  description:
    'Deletes a calendar and its booking page for good, so nobody can book on it any more. To only stop bookings, use Update Calendar with Active set to No.',
  endpoint: 'DELETE /calendars/{calendarId}',
  scopes: CALENDAR_SCOPES.calendars.write,
  fields: [calendarIdField()],
  what: (i) => `Calendar ${i.calendarId}`,
  result: confirmation('calendarId'),
  sample: { id: 'BqTwX8QFwXzpegMve9EQ', success: true },
  outputLabels: { id: 'Deleted Calendar ID' },
});
