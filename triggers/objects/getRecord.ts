import { recordIn } from '../../highlevel/answers';
import { changedRecordLabels, changedRecordSample, OBJECT_SCOPES, oneRecord, recordOutput } from '../../families/objects';
import { trigger } from '../../steps/define';

// Dedupe: record id + `updatedAt` (single records say `dateUpdated`; presentRecord reads both).
export default trigger({
  ...recordOutput,
  ...oneRecord,
  key: 'get_record',
  noun: 'Record',
  label: 'Record Updated (Chosen Record)',
  description: 'Triggers when the chosen custom object record is updated (and once when first set up).',
  endpoint: 'GET /objects/{schemaKey}/records/{id}',
  scopes: OBJECT_SCOPES.read,
  record: (data) => recordIn(data, 'record'),
  dedupe: { changedBy: 'updatedAt', idAs: 'recordId' },
  sample: changedRecordSample,
  outputLabels: changedRecordLabels,
});
