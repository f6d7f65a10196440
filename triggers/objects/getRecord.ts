import { recordIn } from '../../highlevel/answers';
import { changedRecordLabels, changedRecordSample, checkObjectKey, objectKeyField, OBJECT_SCOPES, recordIdField, recordOutput, recordWhat } from '../../families/objects';
import { trigger } from '../../steps/define';

export default trigger({
  ...recordOutput,
  key: 'get_record',
  noun: 'Record',
  label: 'Get Record',
  description: 'Triggers when the chosen custom object record is updated (and once when first set up).',
  endpoint: 'GET /objects/{schemaKey}/records/{id}',
  scopes: OBJECT_SCOPES.read,
  fields: [objectKeyField, recordIdField],
  request: (input) => checkObjectKey(input.schemaKey),
  record: (data) => recordIn(data, 'record'),
  dedupe: { changedBy: 'updatedAt', idAs: 'recordId' },
  what: recordWhat,
  sample: changedRecordSample,
  outputLabels: changedRecordLabels,
});
