import { appEventHook } from '../../steps/define';
import newRecord from './newRecord';
import { objectEventFilter, recordEvents } from './objectEvents.appEvent';

export default appEventHook({
  key: 'record_created_hook',
  noun: 'Record',
  label: 'Record Created (Instant)',
  description: 'Triggers when a record of a custom object (like Pets) is added.',
  events: ['RecordCreate'],
  adapter: recordEvents,
  ...objectEventFilter,
  list: { step: newRecord },
});
