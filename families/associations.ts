// Associations family (catalog "Other Operations"): how objects relate (association definitions)
// and the links between two records (relations).
import type { FieldSpec } from '../steps/fields';

export const ASSOCIATION_SCOPES = { read: ['associations.readonly'], write: ['associations.write'] };
export const RELATION_SCOPES = { read: ['associations/relation.readonly'], write: ['associations/relation.write'] };

export const associationIdField: FieldSpec = {
  key: 'associationId',
  label: 'Association',
  required: true,
  dynamic: 'find_associations.id.name',
  example: 've9EPM428h8vShlRW1KT',
  helpText: 'The association (a kind of link between two objects, like Student and Teacher). Pick one, or map an Association ID.',
};

/**
 * A record on either side of a relation: a contact, an opportunity or a custom object record.
 * The documents list contacts (and opportunities) but no custom object records, and a dropdown
 * shows one kind: it offers contacts, the usual side, and any record ID can be mapped instead.
 */
export const recordField = (key: string, label: string, helpText: string, example = 'seD4PfOuKoVMLkEZqohJ'): FieldSpec => ({
  key,
  label,
  required: true,
  dynamic: 'search_contacts.id.name',
  example,
  helpText: `${helpText} Pick a contact, or map the ID of any record: a contact, an opportunity or a custom object record.`,
});

export const recordIdField: FieldSpec = recordField('recordId', 'Record', 'The record whose relations to list.');

export const objectLabelFields = (required: boolean): FieldSpec[] => [
  {
    key: 'firstObjectLabel',
    label: 'First Object Label',
    required,
    example: 'Student',
    helpText: 'What a record of the first object is called in this association, for example Student.',
  },
  {
    key: 'secondObjectLabel',
    label: 'Second Object Label',
    required,
    example: 'Teacher',
    helpText: 'What a record of the second object is called in this association, for example Teacher.',
  },
];

/** Dropdowns want a name: the association's labels, or its key. */
export const withAssociationName = (a: Record<string, any>) => ({
  ...a,
  name: a.name || (a.firstObjectLabel && a.secondObjectLabel ? `${a.firstObjectLabel} ↔ ${a.secondObjectLabel}` : a.key || a.id),
});

export const associationSample = {
  id: 've9EPM428h8vShlRW1KT',
  name: 'Student ↔ Teacher',
  key: 'student_teacher',
  firstObjectLabel: 'Student',
  firstObjectKey: 'custom_objects.children',
  secondObjectLabel: 'Teacher',
  secondObjectKey: 'contact',
  associationType: 'USER_DEFINED',
  locationId: 've9EPM428h8vShlRW1KT',
};

export const associationOutputLabels = { id: 'Association ID', name: 'Association Name', key: 'Association Key' };

export const withRelationName = (r: Record<string, any>) => ({
  ...r,
  name: r.name || [r.firstRecordId, r.secondRecordId].filter(Boolean).join(' ↔ ') || r.id,
});

/** A relation as the RelationCreate event shows one (the documents give a relation no creation date). */
export const relationSample = {
  id: 'Fmn6NP6ZHlbNvjI3mwfa',
  name: 'seD4PfOuKoVMLkEZqohJ ↔ 6650e3d6f2f1a2c3b4d5e6f7',
  associationId: 've9EPM428h8vShlRW1KT',
  firstRecordId: 'seD4PfOuKoVMLkEZqohJ',
  secondRecordId: '6650e3d6f2f1a2c3b4d5e6f7',
  firstObjectKey: 'contact',
  secondObjectKey: 'custom_objects.children',
  locationId: 've9EPM428h8vShlRW1KT',
};

export const relationOutputLabels = { id: 'Relation ID', name: 'Related Records', associationId: 'Association ID' };
