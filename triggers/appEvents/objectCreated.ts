import { objectSchemaEvents } from '../../families/objects';
import { restHook } from '../../steps/restHook';
import listObjects from '../objects/listObjects';

export default restHook({
  key: 'custom_object_created_hook',
  noun: 'Object',
  label: 'Custom Object Created (Instant)',
  description: 'Triggers when a custom object (a new kind of record, like Pets or Properties) is set up in the sub-account.',
  events: ['ObjectSchemaCreate'],
  family: objectSchemaEvents,
  list: { step: listObjects },
});
