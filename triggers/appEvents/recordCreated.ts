import { objectEventFilter, recordEvents } from '../../families/objects';
import { appEventHook } from '../../steps/define';
import newRecord from '../objects/newRecord';

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
