import { associationEvents } from '../../families/associations';
import { appEventHook } from '../../steps/define';
import findAssociations from '../associations/findAssociations';

export default appEventHook({
  key: 'association_updated_hook',
  noun: 'Association',
  label: 'Association Updated (Instant)',
  description: "Triggers when an association's labels or cardinality change.",
  events: ['AssociationUpdate'],
  adapter: associationEvents,
  list: { step: findAssociations },
});
