import { appEventHook } from '../../steps/define';
import listObjects from './listObjects';
import { objectSchemaEvents } from './objectEvents.appEvent';

export default appEventHook({
  key: 'custom_object_created_hook',
  noun: 'Object',
  label: 'Custom Object Created (Instant)',
  description: 'Triggers when a custom object (a new kind of record, like Pets or Properties) is set up in the sub-account.',
  events: ['ObjectSchemaCreate'],
  adapter: objectSchemaEvents,
  list: { step: listObjects },
});
