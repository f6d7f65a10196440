import { calendarIdField, CALENDAR_SCOPES, notificationFields, notificationIdField, notificationTiming } from '../../families/calendars';
import { create } from '../../steps/define';

export default create({
  key: 'update_calendar_notification',
  noun: 'Calendar Notification',
  label: 'Update Notification',
  description: "Changes a calendar notification's text, timing, recipients or status; fields left empty stay as they are.",
  endpoint: 'PUT /calendars/{calendarId}/notifications/{notificationId}',
  scopes: CALENDAR_SCOPES.events.write,
  fields: [calendarIdField(), notificationIdField, ...notificationFields(false)],
  request: (input) => ({ body: notificationTiming(input) }),
  what: (i) => `Notification ${i.notificationId} of calendar ${i.calendarId}`,
  result: (data, input) => ({ id: input.notificationId, calendarId: input.calendarId, message: data?.message }),
  sample: { id: '6626a2a8c6e1f3b4d7a9e012', calendarId: 'BqTwX8QFwXzpegMve9EQ', message: 'Notification updated successfully' },
  outputLabels: { id: 'Notification ID', calendarId: 'Calendar ID', message: 'HighLevel Message' },
});
