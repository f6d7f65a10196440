// Association and relation events from HighLevel's app events, via the relay.
import { associationIdField, withAssociationName } from '../../families/associations';
import type { EventAdapter } from '../../steps/appEventHook';

/** AssociationCreate, AssociationUpdate, AssociationDelete: a kind of link between two objects. */
export const associationEvents: EventAdapter = {
  asEvent: (a) => ({ ...a, id: a.id ?? a._id, timestamp: a.updatedAt ?? a.createdAt }),
  present: (e) => ({ associationId: e.id, associationKey: e.key, associationName: withAssociationName(e).name }),
  labels: {
    associationId: 'Association ID',
    associationKey: 'Association Key',
    associationName: 'Association Name',
    key: 'Key (as Delivered)',
    associationType: 'Association Type',
    firstObjectKey: 'First Object Key',
    firstObjectLabel: 'First Object Label',
    secondObjectKey: 'Second Object Key',
    secondObjectLabel: 'Second Object Label',
    firstObjectToSecondObjectCardinality: 'First to Second Cardinality',
    secondObjectToFirstObjectCardinality: 'Second to First Cardinality',
  },
};

/** RelationCreate and RelationDelete: two records linked (or unlinked) by an association. */
export const relationEvents: EventAdapter = {
  asEvent: (r) => ({ ...r, timestamp: r.updatedAt ?? r.createdAt }),
  present: (e) => ({ relationId: e.id, associationId: e.associationId }),
  labels: {
    relationId: 'Relation ID',
    associationId: 'Association ID',
    firstObjectKey: 'First Object Key',
    firstRecordId: 'First Record ID',
    secondObjectKey: 'Second Object Key',
    secondRecordId: 'Second Record ID',
  },
};

/** The Association filter of relation event triggers. */
export const relationFilter = {
  fields: [{ ...associationIdField, required: false, helpText: 'Only links made by this association. Leave empty for every association.' }],
  filterBy: { associationId: 'associationId' },
};
