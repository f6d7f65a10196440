import { appEventHook } from '../../steps/define';
import getRecordRelations from './getRecordRelations';
import { relationEvents, relationFilter } from './associationEvents.appEvent';

// HighLevel lists relations per record only: "Test trigger" shows the relations of a record you choose.
export default appEventHook({
  key: 'relation_created_hook',
  noun: 'Relation',
  label: 'Relation Created (Instant)',
  description: 'Triggers when two records are linked by an association (for example a contact to a Pets record).',
  events: ['RelationCreate'],
  adapter: relationEvents,
  ...relationFilter,
  list: { step: getRecordRelations, sampleFields: ['recordId'] },
});
