import { associationEvents } from '../../families/associations';
import { restHook } from '../../steps/restHook';
import findAssociations from '../associations/findAssociations';

export default restHook({
  key: 'association_deleted_hook',
  noun: 'Association',
  label: 'Association Deleted (Instant)',
  description: 'Triggers when an association (a kind of link between two objects) is deleted, with its details as they were.',
  events: ['AssociationDelete'],
  family: associationEvents,
  list: { step: findAssociations },
});
