import {
  calendarIdField,
  CALENDAR_SCOPES,
  notificationIdField,
  notificationOutputLabels,
  notificationSample,
  withNotificationId,
} from '../../families/calendars';
import { recordIn } from '../../highlevel/answers';
import { contentHash } from '../../steps/dedupe';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'get_calendar_notification',
  noun: 'Calendar Notification',
  label: 'Calendar Notification Updated (Chosen Notification)',
  catalog: 'Get Calendar Notification',
  description: 'Triggers when the chosen calendar notification changes (text, timing, recipients), and once when first set up.',
  endpoint: 'GET /calendars/{calendarId}/notifications/{notificationId}',
  scopes: CALENDAR_SCOPES.events.read,
  fields: [calendarIdField(), notificationIdField],
  record: (data) => recordIn(data, 'notification'),
  item: withNotificationId,
  // Notifications carry no updated stamp: a hash of their content marks a change.
  dedupe: { changedBy: 'content', idAs: 'notificationId' },
  what: (i) => `Notification ${i.notificationId} of calendar ${i.calendarId}`,
  sample: () => ({
    ...notificationSample,
    id: `${notificationSample.id}:${contentHash(notificationSample)}`,
    notificationId: notificationSample.id,
  }),
  outputLabels: { ...notificationOutputLabels, id: 'Change ID', notificationId: 'Notification ID' },
});
