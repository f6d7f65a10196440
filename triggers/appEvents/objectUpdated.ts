import { objectSchemaEvents } from '../../families/objects';
import { restHook } from '../../steps/restHook';
import listObjects from '../objects/listObjects';

export default restHook({
  key: 'custom_object_updated_hook',
  noun: 'Object',
  label: 'Custom Object Updated (Instant)',
  description: "Triggers when a custom object's definition changes (its names, description or searchable fields).",
  events: ['ObjectSchemaUpdate'],
  family: objectSchemaEvents,
  list: { step: listObjects },
});
