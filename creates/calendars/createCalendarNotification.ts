import {
  calendarIdField,
  CALENDAR_SCOPES,
  notificationFields,
  notificationOutputLabels,
  notificationSample,
  notificationTiming,
  withNotificationId,
} from '../../families/calendars';
import { ghl } from '../../highlevel/request';
import { create } from '../../steps/define';
import { requestParts } from '../../steps/fields';

const fields = notificationFields(true);

export default create({
  key: 'create_calendar_notification',
  noun: 'Calendar Notification',
  label: 'Create Calendar Notification',
  description: 'Adds a notification to a calendar: a confirmation, reminder, follow-up or other message sent around appointments.',
  endpoint: 'POST /calendars/{calendarId}/notifications',
  scopes: CALENDAR_SCOPES.events.write,
  fields: [calendarIdField(), ...fields],
  // HighLevel takes a list of notifications; this sends a list of one and returns it.
  perform: async (z, bundle, input) => {
    const { body } = requestParts(fields, input, 'POST', '/calendars/{calendarId}/notifications');
    const data = await ghl(z, bundle, 'POST /calendars/{calendarId}/notifications', {
      path: { calendarId: input.calendarId },
      body: [{ ...body, ...notificationTiming(input) }],
      what: `Calendar ${input.calendarId}`,
    });
    const created = Array.isArray(data) ? data[0] : data;
    return withNotificationId({ ...(created ?? {}), calendarId: input.calendarId });
  },
  sample: { ...notificationSample, calendarId: 'BqTwX8QFwXzpegMve9EQ' },
  outputLabels: { ...notificationOutputLabels, calendarId: 'Calendar ID' },
});
