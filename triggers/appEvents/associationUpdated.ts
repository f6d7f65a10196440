import { associationEvents } from '../../families/associations';
import { restHook } from '../../steps/restHook';
import findAssociations from '../associations/findAssociations';

export default restHook({
  key: 'association_updated_hook',
  noun: 'Association',
  label: 'Association Updated (Instant)',
  description: "Triggers when an association's labels or cardinality change.",
  events: ['AssociationUpdate'],
  family: associationEvents,
  list: { step: findAssociations },
});
