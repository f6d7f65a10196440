import { objectEventFilter, recordEvents } from '../../families/objects';
import { appEventHook } from '../../steps/define';
import newRecord from '../objects/newRecord';

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
