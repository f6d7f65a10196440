import { appEventHook } from '../../steps/define';
import newRecord from './newRecord';
import { objectEventFilter, recordEvents } from './objectEvents.appEvent';

export default appEventHook({
  key: 'record_updated_hook',
  noun: 'Record',
  label: 'Record Updated (Instant)',
  description: 'Triggers when a record of a custom object (like Pets) is changed.',
  events: ['RecordUpdate'],
  adapter: recordEvents,
  ...objectEventFilter,
  list: { step: newRecord },
});
