import { calendarIdField, CALENDAR_SCOPES, notificationIdField, notificationOutputLabels, notificationSample, withNotificationId } from '../../families/calendars';
import { ghl } from '../../highlevel/request';
import { contentHash } from '../../steps/dedupe';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'get_calendar_notification',
  noun: 'Calendar Notification',
  label: 'Get Calendar Notification',
  description: 'Triggers when the chosen calendar notification changes (text, timing, recipients), and once when first set up.',
  endpoint: 'GET /calendars/{calendarId}/notifications/{notificationId}',
  scopes: CALENDAR_SCOPES.events.read,
  fields: [calendarIdField(), notificationIdField],
  // HighLevel answers with the bare record; it is wrapped so `record` can pick it.
  perform: async (z, bundle, input) => ({
    notification: await ghl(z, bundle, 'GET /calendars/{calendarId}/notifications/{notificationId}', {
      path: { calendarId: input.calendarId, notificationId: input.notificationId },
      what: `Notification ${input.notificationId} of calendar ${input.calendarId}`,
    }),
  }),
  record: 'notification',
  item: withNotificationId,
  // Notifications carry no updated stamp: a hash of their content marks a change.
  dedupe: { changedBy: 'content', idAs: 'notificationId' },
  what: (i) => `Notification ${i.notificationId} of calendar ${i.calendarId}`,
  sample: { ...notificationSample, id: `${notificationSample.id}:${contentHash(notificationSample)}`, notificationId: notificationSample.id },
  outputLabels: { ...notificationOutputLabels, id: 'Change ID', notificationId: 'Notification ID' },
});
