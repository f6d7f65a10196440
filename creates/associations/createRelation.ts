import { associationIdField, RELATION_SCOPES, relationOutputLabels, relationSample, withRelationName } from '../../families/associations';
import { recordIn } from '../../families/conversations';
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
    {
      key: 'firstRecordId', label: 'First Record ID', required: true, example: 'seD4PfOuKoVMLkEZqohJ',
      help: "ID of the record on the association's first side (for a Contact ↔ Pet association, the contact).",
    },
    {
      key: 'secondRecordId', label: 'Second Record ID', required: true, example: '6650e3d6f2f1a2c3b4d5e6f7',
      help: "ID of the record on the association's second side (for a Contact ↔ Pet association, the pet).",
    },
  ],
  location: 'body',
  what: (i) => `Association ${i.associationId}`,
  result: (data) => withRelationName(recordIn(data, 'relation') ?? {}),
  sample: relationSample,
  outputLabels: relationOutputLabels,
});
