import {
  CALENDAR_SCOPES,
  resourceFields,
  resourceOutputLabels,
  resourceSample,
  resourceTypeField,
  withResourceId,
} from '../../families/calendars';
import { create } from '../../steps/define';

export default create({
  key: 'create_calendar_resource',
  noun: 'Calendar Resource',
  label: 'Create Calendar Resource',
  description: 'Adds a room or piece of equipment that service calendars book along with appointments.',
  endpoint: 'POST /calendars/resources/{resourceType}',
  scopes: CALENDAR_SCOPES.resources.write,
  fields: [resourceTypeField, ...resourceFields(true)],
  location: 'body',
  // HighLevel wants every count; the ones that do not apply to the type get neutral values.
  request: (input) => ({
    body: { capacity: input.capacity ?? 1, quantity: input.quantity ?? 1, outOfService: input.outOfService ?? 0 },
  }),
  result: (data) => withResourceId(data ?? {}),
  // HighLevel documents no ID in a resource's answers (create, get and list alike); the ID is there only when it sends one.
  sample: (({ id: _id, ...rest }) => rest)(resourceSample),
  outputLabels: resourceOutputLabels,
});
