import {
  ASSOCIATION_SCOPES,
  associationOutputLabels,
  associationSample,
  objectLabelFields,
  withAssociationName,
} from '../../families/associations';
import { recordIn } from '../../highlevel/answers';
import { create } from '../../steps/define';

export default create({
  key: 'create_association',
  noun: 'Association',
  label: 'Create Association',
  description: 'Sets up a new kind of link between two objects (for example Student contacts and Teacher custom object records).',
  endpoint: 'POST /associations/',
  scopes: ASSOCIATION_SCOPES.write,
  fields: [
    {
      key: 'key',
      label: 'Association Key',
      required: true,
      example: 'student_teacher',
      helpText: 'A unique key for the association, lowercase with underscores, like student_teacher.',
    },
    {
      key: 'firstObjectKey',
      label: 'First Object Key',
      required: true,
      example: 'custom_objects.children',
      helpText: 'The first object: contact, opportunity, business, or a custom object key like custom_objects.children.',
    },
    objectLabelFields(true)[0],
    {
      key: 'secondObjectKey',
      label: 'Second Object Key',
      required: true,
      example: 'contact',
      helpText: 'The second object, in the same form as the first.',
    },
    objectLabelFields(true)[1],
  ],
  location: 'body',
  result: (data) => withAssociationName(recordIn(data, 'association') ?? {}),
  sample: associationSample,
  outputLabels: associationOutputLabels,
});
