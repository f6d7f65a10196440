import { appEventHook } from '../../steps/define';
import listObjects from './listObjects';
import { objectSchemaEvents } from './objectEvents.appEvent';

export default appEventHook({
  key: 'custom_object_updated_hook',
  noun: 'Object',
  label: 'Custom Object Updated (Instant)',
  description: "Triggers when a custom object's definition changes (its names, description or searchable fields).",
  events: ['ObjectSchemaUpdate'],
  adapter: objectSchemaEvents,
  list: { step: listObjects },
});
