import { calendarOutputLabels, calendarSample, CALENDAR_SCOPES, groupIdField } from '../../families/calendars';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'list_calendars',
  noun: 'Calendar',
  label: 'New Calendar',
  catalog: 'List Calendars',
  description: 'Triggers when a calendar is added to the connected sub-account.',
  endpoint: 'GET /calendars/',
  scopes: CALENDAR_SCOPES.calendars.read,
  fields: [
    // Own key, so an action's Calendar Group input never filters this trigger's dropdown.
    groupIdField(false, { key: 'inGroupId', as: 'groupId', helpText: 'Only calendars of this group. Leave empty for all calendars.' }),
    {
      key: 'showDrafted',
      label: 'Include Drafts',
      type: 'boolean',
      example: true,
      helpText: 'Yes (default) also lists draft calendars that take no bookings yet.',
    },
  ],
  location: 'query',
  list: 'calendars',
  sample: calendarSample,
  outputLabels: calendarOutputLabels,
});
