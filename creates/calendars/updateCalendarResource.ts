import {
  CALENDAR_SCOPES,
  resourceFields,
  resourceIdField,
  resourceOutputLabels,
  resourceSample,
  resourceTypeField,
  withResourceId,
} from '../../families/calendars';
import { create } from '../../steps/define';

export default create({
  key: 'update_calendar_resource',
  noun: 'Calendar Resource',
  label: 'Update Calendar Resource',
  description: 'Changes a room or piece of equipment; fields left empty stay as they are.',
  endpoint: 'PUT /calendars/resources/{resourceType}/{id}',
  scopes: CALENDAR_SCOPES.resources.write,
  fields: [
    resourceTypeField,
    resourceIdField,
    ...resourceFields(false),
    { key: 'isActive', label: 'Active', type: 'boolean', helpText: 'No takes it out of use for bookings.', example: true },
  ],
  what: (i) => `Resource ${i.resourceId}`,
  result: (data, input) => withResourceId(data ?? {}, input.resourceId),
  // HighLevel's update answer (CalendarResourceResponseDTO) documents no calendars.
  sample: (({ calendarIds: _c, ...rest }) => rest)(resourceSample),
  outputLabels: resourceOutputLabels,
});
