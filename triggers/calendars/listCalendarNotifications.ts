import {
  calendarIdField,
  CALENDAR_SCOPES,
  notificationOutputLabels,
  notificationSample,
  withNotificationId,
} from '../../families/calendars';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'list_calendar_notifications',
  noun: 'Calendar Notification',
  label: 'New Calendar Notification (Chosen Calendar)',
  catalog: 'List Calendar Notifications',
  description: 'Triggers when a notification (confirmation, reminder, follow-up...) is added to the chosen calendar.',
  endpoint: 'GET /calendars/{calendarId}/notifications',
  scopes: CALENDAR_SCOPES.events.read,
  fields: [
    calendarIdField(),
    // Own key, so an action's Active input never filters this trigger's dropdown.
    {
      key: 'activeOnly',
      as: 'isActive',
      label: 'Active Only',
      type: 'boolean',
      example: true,
      helpText: 'Yes lists only active notifications, No only inactive ones. Leave empty for both.',
    },
  ],
  pageSize: 100,
  request: (_input, _bundle, { page, limit }) => ({ query: { limit, skip: page * limit } }),
  item: withNotificationId,
  what: (i) => `Calendar ${i.calendarId}`,
  sample: notificationSample,
  outputLabels: notificationOutputLabels,
});
