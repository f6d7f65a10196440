import {
  associationIdField,
  recordField,
  RELATION_SCOPES,
  relationOutputLabels,
  relationSample,
  withRelationName,
} from '../../families/associations';
import { recordIn } from '../../highlevel/answers';
import { create } from '../../steps/define';

export default create({
  key: 'create_relation',
  noun: 'Relation',
  label: 'Create Relation',
  description: 'Links two records with an association, for example a contact to a custom object record.',
  endpoint: 'POST /associations/relations',
  scopes: RELATION_SCOPES.write,
  fields: [
    associationIdField,
    recordField(
      'firstRecordId',
      'First Record',
      "The record on the association's first side (for a Contact ↔ Pet association, the contact).",
    ),
    recordField(
      'secondRecordId',
      'Second Record',
      "The record on the association's second side (for a Contact ↔ Pet association, the pet).",
      '6650e3d6f2f1a2c3b4d5e6f7',
    ),
  ],
  location: 'body',
  what: (i) => `Association ${i.associationId}`,
  result: (data) => withRelationName(recordIn(data, 'relation') ?? {}),
  sample: relationSample,
  outputLabels: relationOutputLabels,
});
