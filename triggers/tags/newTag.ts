import { TAG_SCOPES, tagOutputLabels, tagSample } from '../../families/tags';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'new_tag',
  noun: 'Tag',
  label: 'New Tag',
  description: 'Triggers when a tag is created in the sub-account. Also lists the tags for tag dropdowns.',
  endpoint: 'GET /locations/{locationId}/tags',
  scopes: TAG_SCOPES.read,
  // HighLevel answers with every tag at once and keeps no creation date, so the `id` dedupe alone
  // spots the new ones, whatever the order.
  list: 'tags',
  sample: tagSample,
  outputLabels: tagOutputLabels,
});
