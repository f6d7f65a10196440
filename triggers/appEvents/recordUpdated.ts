import { objectEventFilter, recordEvents } from '../../families/objects';
import { restHook } from '../../steps/restHook';
import newRecord from '../objects/newRecord';

export default restHook({
  key: 'record_updated_hook',
  noun: 'Record',
  label: 'Record Updated (Instant)',
  description: 'Triggers when a record of a custom object (like Pets) is changed.',
  events: ['RecordUpdate'],
  family: recordEvents,
  ...objectEventFilter,
  list: { step: newRecord },
});
