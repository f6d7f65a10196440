import { OBJECT_SCOPES, oneRecord } from '../../families/objects';
import { confirmation, create } from '../../steps/define';

export default create({
  ...oneRecord,
  key: 'delete_record',
  noun: 'Record',
  label: 'Delete Record',
  description: 'Deletes a custom object record from HighLevel for good.',
  endpoint: 'DELETE /objects/{schemaKey}/records/{id}',
  scopes: OBJECT_SCOPES.write,
  result: confirmation('recordId', (i) => ({ objectKey: i.schemaKey })),
  sample: { id: '661c06b4ffde146bdb469442', success: true, objectKey: 'custom_objects.pets' },
  outputLabels: { id: 'Deleted Record ID', objectKey: 'Object Key' },
});
