import {
  ASSOCIATION_SCOPES,
  associationIdField,
  associationOutputLabels,
  associationSample,
  objectLabelFields,
  withAssociationName,
} from '../../families/associations';
import { recordIn } from '../../highlevel/answers';
import { create } from '../../steps/define';

export default create({
  key: 'update_association',
  noun: 'Association',
  label: 'Update Association',
  description: "Renames an association's object labels (what each side of the link is called). Its key and objects stay as they are.",
  endpoint: 'PUT /associations/{associationId}',
  scopes: ASSOCIATION_SCOPES.write,
  fields: [associationIdField, ...objectLabelFields(true)],
  what: (i) => `Association ${i.associationId}`,
  result: (data) => withAssociationName(recordIn(data, 'association') ?? {}),
  sample: associationSample,
  outputLabels: associationOutputLabels,
});
