import { TAG_SCOPES, tagOutputLabels, tagSample } from '../../families/tags';
import { recordIn } from '../../highlevel/answers';
import { create } from '../../steps/define';

export default create({
  key: 'create_tag',
  noun: 'Tag',
  label: 'Create Tag',
  description: "Adds a tag to the sub-account's tag list, ready to put on contacts and to use in workflows.",
  endpoint: 'POST /locations/{locationId}/tags',
  scopes: TAG_SCOPES.write,
  fields: [
    {
      key: 'name',
      label: 'Tag Name',
      required: true,
      helpText: 'The tag as contacts will carry it, like rankr-lead.',
      example: 'rankr-lead',
    },
  ],
  result: (data) => recordIn(data, 'tag'),
  sample: tagSample,
  outputLabels: tagOutputLabels,
});
