import { TAG_SCOPES, tagIdField, tagOutputLabels, tagSample } from '../../families/tags';
import { recordIn } from '../../highlevel/answers';
import { create } from '../../steps/define';

export default create({
  key: 'rename_tag',
  noun: 'Tag',
  label: 'Rename Tag',
  description: 'Gives a tag of the sub-account a new name.',
  endpoint: 'PUT /locations/{locationId}/tags/{tagId}',
  scopes: TAG_SCOPES.write,
  fields: [
    { ...tagIdField, helpText: 'The tag to rename. Pick one, or map a Tag ID (from New Tag or Create Tag).' },
    { key: 'name', label: 'New Name', required: true, helpText: 'The name the tag gets, like rankr-customer.', example: 'rankr-customer' },
  ],
  what: (i) => `Tag ${i.tagId}`,
  result: (data) => recordIn(data, 'tag'),
  sample: { ...tagSample, name: 'rankr-customer' },
  outputLabels: tagOutputLabels,
});
