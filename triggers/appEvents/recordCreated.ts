import { objectEventFilter, recordEvents } from '../../families/objects';
import { restHook } from '../../steps/restHook';
import newRecord from '../objects/newRecord';

export default restHook({
  key: 'record_created_hook',
  noun: 'Record',
  label: 'Record Created (Instant)',
  description: 'Triggers when a record of a custom object (like Pets) is added.',
  events: ['RecordCreate'],
  family: recordEvents,
  ...objectEventFilter,
  list: { step: newRecord },
});
