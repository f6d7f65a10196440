import { appEventHook } from '../../steps/define';
import findAssociations from './findAssociations';
import { associationEvents } from './associationEvents.appEvent';

export default appEventHook({
  key: 'association_updated_hook',
  noun: 'Association',
  label: 'Association Updated (Instant)',
  description: "Triggers when an association's labels or cardinality change.",
  events: ['AssociationUpdate'],
  adapter: associationEvents,
  list: { step: findAssociations },
});
