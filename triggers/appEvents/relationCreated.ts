import { relationEvents, relationFilter } from '../../families/associations';
import { restHook } from '../../steps/restHook';
import getRecordRelations from '../associations/getRecordRelations';

// HighLevel lists relations per record only: "Test trigger" shows the relations of a record you choose.
export default restHook({
  key: 'relation_created_hook',
  noun: 'Relation',
  label: 'Relation Created (Instant)',
  description: 'Triggers when two records are linked by an association (for example a contact to a Pets record).',
  events: ['RelationCreate'],
  family: relationEvents,
  ...relationFilter,
  list: { step: getRecordRelations, sampleFields: ['recordId'] },
});
