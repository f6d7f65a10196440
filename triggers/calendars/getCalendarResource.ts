import {
  CALENDAR_SCOPES,
  resourceIdField,
  resourceOutputLabels,
  resourceSample,
  resourceTypeField,
  withResourceId,
} from '../../families/calendars';
import { recordIn } from '../../highlevel/answers';
import { contentHash } from '../../steps/dedupe';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'get_calendar_resource',
  noun: 'Calendar Resource',
  label: 'Calendar Resource Updated (Chosen Resource)',
  catalog: 'Get Calendar Resource',
  description: 'Triggers when the chosen room or equipment changes (capacity, quantity, calendars), and once when first set up.',
  endpoint: 'GET /calendars/resources/{resourceType}/{id}',
  scopes: CALENDAR_SCOPES.resources.read,
  fields: [resourceTypeField, resourceIdField],
  // HighLevel answers with the bare record, without its id: it gets the chosen one.
  record: (data, input) => withResourceId(recordIn(data, 'resource') ?? {}, input.resourceId),
  // Resources carry no updated stamp: a hash of their content marks a change.
  dedupe: { changedBy: 'content', idAs: 'resourceId' },
  what: (i) => `Resource ${i.resourceId}`,
  sample: () => ({ ...resourceSample, id: `${resourceSample.id}:${contentHash(resourceSample)}`, resourceId: resourceSample.id }),
  outputLabels: { ...resourceOutputLabels, id: 'Change ID', resourceId: 'Resource ID' },
});
