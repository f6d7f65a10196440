import { ASSOCIATION_SCOPES, associationIdField } from '../../families/associations';
import { create } from '../../steps/define';

export default create({
  key: 'delete_association',
  noun: 'Association',
  label: 'Delete Association',
  description: 'Deletes an association for good, with every relation (record link) made with it.',
  endpoint: 'DELETE /associations/{associationId}',
  scopes: ASSOCIATION_SCOPES.write,
  fields: [associationIdField],
  what: (i) => `Association ${i.associationId}`,
  result: (data, input) => ({
    id: data?.id ?? input.associationId,
    deleted: data?.deleted ?? true,
    message: data?.message ?? 'Association deleted successfully',
  }),
  sample: { id: 've9EPM428h8vShlRW1KT', deleted: true, message: 'Association deleted successfully' },
  outputLabels: { id: 'Deleted Association ID', message: 'HighLevel Message' },
});
