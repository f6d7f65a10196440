import { calendarIdField, CALENDAR_SCOPES, notificationIdField } from '../../families/calendars';
import { create } from '../../steps/define';

export default create({
  key: 'delete_calendar_notification',
  noun: 'Calendar Notification',
  label: 'Delete Notification',
  description: 'Deletes a notification from a calendar.',
  endpoint: 'DELETE /calendars/{calendarId}/notifications/{notificationId}',
  scopes: CALENDAR_SCOPES.events.write,
  fields: [calendarIdField(), notificationIdField],
  what: (i) => `Notification ${i.notificationId} of calendar ${i.calendarId}`,
  result: (data, input) => ({ id: input.notificationId, calendarId: input.calendarId, success: true, message: data?.message }),
  sample: {
    id: '6626a2a8c6e1f3b4d7a9e012',
    calendarId: 'BqTwX8QFwXzpegMve9EQ',
    success: true,
    message: 'Notification deleted successfully',
  },
  outputLabels: { id: 'Deleted Notification ID', calendarId: 'Calendar ID', message: 'HighLevel Message' },
});
