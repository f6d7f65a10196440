import { appEventHook } from '../../steps/define';
import findAssociations from './findAssociations';
import { associationEvents } from './associationEvents.appEvent';

export default appEventHook({
  key: 'association_deleted_hook',
  noun: 'Association',
  label: 'Association Deleted (Instant)',
  description: 'Triggers when an association (a kind of link between two objects) is deleted, with its details as they were.',
  events: ['AssociationDelete'],
  adapter: associationEvents,
  list: { step: findAssociations },
});
