import { OPPORTUNITY_SCOPES } from '../../families/opportunities';
import { trigger } from '../../steps/define';

// Feeds the Lost Reason dropdowns; not in the catalog, so hidden.
export default trigger({
  key: 'list_lost_reasons',
  noun: 'Lost Reason',
  label: 'List Lost Reasons',
  description: "Triggers when a lost reason is added to the sub-account's opportunity settings.",
  hidden: true,
  endpoint: 'GET /opportunities/lost-reason',
  scopes: OPPORTUNITY_SCOPES.read,
  location: 'query',
  request: (_input, _bundle, { page, limit }) => ({ query: { limit, skip: page * limit } }),
  list: 'lostReasons',
  newest: 'createdAt',
  sample: {
    id: 've9EPM428h8vShlRW1KT',
    name: 'Went with a competitor',
    locationId: 've9EPM428h8vShlRW1KT',
    createdAt: '2026-11-19T12:04:22.488Z',
    updatedAt: '2026-11-19T12:04:22.488Z',
  },
  outputLabels: { id: 'Lost Reason ID' },
});
