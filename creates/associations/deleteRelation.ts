import { recordIdField, RELATION_SCOPES } from '../../families/associations';
import { confirmation, create } from '../../steps/define';

export default create({
  key: 'delete_relation',
  noun: 'Relation',
  label: 'Delete Relation',
  description: 'Removes the link (relation) between two records; the records themselves stay.',
  endpoint: 'DELETE /associations/relations/{relationId}',
  scopes: RELATION_SCOPES.write,
  fields: [
    {
      ...recordIdField,
      required: false,
      in: 'none',
      altersDynamicFields: true,
      helpText:
        'A record of the relation, to list its relations in the Relation dropdown below: pick a contact, or map the ID of any record (contact, opportunity or custom object record). Not needed when you map a Relation ID.',
    },
    {
      key: 'relationId',
      label: 'Relation',
      required: true,
      dynamic: 'get_record_relations.id.name',
      example: 'Fmn6NP6ZHlbNvjI3mwfa',
      helpText: 'The relation to remove. Pick one (choose the Record first), or map a Relation ID from an earlier step.',
    },
  ],
  location: 'query',
  what: (i) => `Relation ${i.relationId}`,
  result: confirmation('relationId'),
  sample: { id: 'Fmn6NP6ZHlbNvjI3mwfa', success: true },
  outputLabels: { id: 'Deleted Relation ID' },
});
