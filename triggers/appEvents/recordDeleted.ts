import { objectEventFilter, recordEvents } from '../../families/objects';
import { restHook } from '../../steps/restHook';
import newRecord from '../objects/newRecord';

export default restHook({
  key: 'record_deleted_hook',
  noun: 'Record',
  label: 'Record Deleted (Instant)',
  description: 'Triggers when a record of a custom object (like Pets) is deleted, with its values as they were.',
  events: ['RecordDelete'],
  family: recordEvents,
  ...objectEventFilter,
  list: { step: newRecord },
});
