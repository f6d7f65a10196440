import { appEventHook } from '../../steps/define';
import newRecord from './newRecord';
import { objectEventFilter, recordEvents } from './objectEvents.appEvent';

export default appEventHook({
  key: 'record_deleted_hook',
  noun: 'Record',
  label: 'Record Deleted (Instant)',
  description: 'Triggers when a record of a custom object (like Pets) is deleted, with its values as they were.',
  events: ['RecordDelete'],
  adapter: recordEvents,
  ...objectEventFilter,
  list: { step: newRecord },
});
