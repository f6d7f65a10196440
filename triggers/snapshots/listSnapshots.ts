import { SNAPSHOT_SCOPES, snapshotSample } from '../../families/workflows';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'list_snapshots',
  noun: 'Snapshot',
  label: 'New Snapshot',
  catalog: 'List Snapshots',
  description:
    'Triggers when a snapshot is added to, or imported into, the agency. Needs an agency (Company) connection: HighLevel refuses sub-account connections here.',
  endpoint: 'GET /snapshots/',
  scopes: SNAPSHOT_SCOPES.read,
  company: 'query',
  access: 'agency',
  list: 'snapshots',
  sample: snapshotSample,
  outputLabels: { id: 'Snapshot ID', name: 'Snapshot Name', type: 'Snapshot Type' },
});
