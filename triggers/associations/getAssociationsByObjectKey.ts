import { ASSOCIATION_SCOPES, associationOutputLabels, associationSample, withAssociationName } from '../../families/associations';
import { listIn } from '../../highlevel/answers';
import { trigger } from '../../steps/define';
import type { FieldSpec } from '../../steps/fields';

const fields: FieldSpec[] = [
  {
    key: 'objectKey',
    label: 'Object Key',
    required: true,
    example: 'custom_objects.children',
    helpText: 'Key of the object whose associations to list: contact, opportunity, business, or a custom object like custom_objects.pets.',
  },
];

export default trigger({
  key: 'get_associations_by_object_key',
  noun: 'Association',
  label: 'New Association (Chosen Object)',
  catalog: 'Get Association by Keys',
  description: 'Triggers when a new association involving the chosen object (for example contacts or a custom object) is set up.',
  endpoint: 'GET /associations/objectKey/{objectKey}',
  scopes: ASSOCIATION_SCOPES.read,
  fields,
  what: (i) => `Associations of object ${i.objectKey}`,
  location: 'query',
  list: (data) => listIn(data, 'associations'),
  item: withAssociationName,
  sample: associationSample,
  outputLabels: associationOutputLabels,
});
