import { appEventHook } from '../../steps/define';
import getRecordRelations from './getRecordRelations';
import { relationEvents, relationFilter } from './associationEvents.appEvent';

// HighLevel lists relations per record only: "Test trigger" shows the relations of a record you choose.
export default appEventHook({
  key: 'relation_deleted_hook',
  noun: 'Relation',
  label: 'Relation Deleted (Instant)',
  description: 'Triggers when the link between two records is removed.',
  events: ['RelationDelete'],
  adapter: relationEvents,
  ...relationFilter,
  list: { step: getRecordRelations, sampleFields: ['recordId'] },
});
