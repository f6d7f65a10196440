import { appEventHook } from '../../steps/define';
import findAssociations from './findAssociations';
import { associationEvents } from './associationEvents.appEvent';

export default appEventHook({
  key: 'association_created_hook',
  noun: 'Association',
  label: 'Association Created (Instant)',
  description: 'Triggers when an association (a kind of link between two objects, like Student and Teacher) is set up in the sub-account.',
  events: ['AssociationCreate'],
  adapter: associationEvents,
  list: { step: findAssociations },
});
