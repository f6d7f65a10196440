import { CALENDAR_SCOPES, resourceIdField, resourceTypeField } from '../../families/calendars';
import { confirmation, create } from '../../steps/define';

export default create({
  key: 'delete_calendar_resource',
  noun: 'Calendar Resource',
  label: 'Delete Calendar Resource',
  description: 'Deletes a room or piece of equipment.',
  endpoint: 'DELETE /calendars/resources/{resourceType}/{id}',
  scopes: CALENDAR_SCOPES.resources.write,
  fields: [resourceTypeField, resourceIdField],
  what: (i) => `Resource ${i.resourceId}`,
  result: confirmation('resourceId', (i) => ({ resourceType: i.resourceType })),
  sample: { id: '66a1f0c2b8d4e5f6a7b8c9d0', success: true, resourceType: 'rooms' },
  outputLabels: { id: 'Deleted Resource ID' },
});
