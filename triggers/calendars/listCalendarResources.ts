import { CALENDAR_SCOPES, resourceOutputLabels, resourceSample, resourceTypeField, withResourceId } from '../../families/calendars';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'list_calendar_resources',
  noun: 'Calendar Resource',
  label: 'New Calendar Resource',
  catalog: 'List Calendar Resources',
  description: 'Triggers when a room or piece of equipment is added to the connected sub-account.',
  endpoint: 'GET /calendars/resources/{resourceType}',
  scopes: CALENDAR_SCOPES.resources.read,
  fields: [resourceTypeField],
  location: 'query',
  pageSize: 100,
  request: (_input, _bundle, { page, limit }) => ({ query: { limit, skip: page * limit } }),
  // Items need an id; one HighLevel sends without it is named by its type and name.
  item: (r) => withResourceId(r, `${r.resourceType ?? 'resource'}:${r.name ?? ''}`),
  sample: resourceSample,
  outputLabels: resourceOutputLabels,
});
