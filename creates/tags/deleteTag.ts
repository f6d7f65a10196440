import { TAG_SCOPES, tagIdField } from '../../families/tags';
import { confirmation, create } from '../../steps/define';

export default create({
  key: 'delete_tag',
  noun: 'Tag',
  label: 'Delete Tag',
  description: "Deletes a tag from the sub-account's tag list.",
  endpoint: 'DELETE /locations/{locationId}/tags/{tagId}',
  scopes: TAG_SCOPES.write,
  fields: [{ ...tagIdField, helpText: 'The tag to delete. Pick one, or map a Tag ID (from New Tag or Create Tag).' }],
  what: (i) => `Tag ${i.tagId}`,
  result: confirmation('tagId'),
  sample: { id: 'zYy3YOUuHxgomU1uYJty', success: true },
  outputLabels: { id: 'Deleted Tag ID', success: 'Deleted' },
});
