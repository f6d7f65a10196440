import { ESTIMATE_POLL_DAYS, ESTIMATE_SCOPES, estimateLabels, estimateSample, presentEstimate } from '../../families/estimates';
import { connectedAlt } from '../../families/payments';
import { trigger } from '../../steps/define';
import { recentDays } from '../../steps/dates';

// Dedupe key: the estimate `id` (HighLevel's `_id`). The list documents no sort and no update time,
// so a poll asks for estimates issued from two days back to tomorrow in the user's time zone (a month
// for "Test trigger") and sorts them newest first here. Status changes are not offered: an estimate
// issued long ago and accepted today is outside any page a poll could read.
export default trigger({
  key: 'new_estimate',
  noun: 'Estimate',
  label: 'New Estimate',
  description: 'Triggers when an estimate (quote) is created in the sub-account, draft or sent; also lists estimates for dropdowns.',
  endpoint: 'GET /invoices/estimate/list',
  scopes: ESTIMATE_SCOPES.read,
  fields: [
    {
      key: 'status',
      label: 'Status',
      example: 'sent',
      choices: { draft: 'Draft', sent: 'Sent', viewed: 'Viewed', accepted: 'Accepted', declined: 'Declined', invoiced: 'Invoiced' },
      helpText: 'Only new estimates that already have this status. Leave empty for every new estimate.',
    },
  ],
  request: (_input, bundle, { limit }) => ({
    query: {
      ...connectedAlt(bundle),
      offset: 0,
      limit,
      ...recentDays(bundle.meta?.timezone, bundle.meta?.isLoadingSample ? 31 : ESTIMATE_POLL_DAYS),
    },
  }),
  list: 'estimates',
  item: presentEstimate,
  newest: 'createdAt',
  dedupe: 'id',
  sample: estimateSample,
  outputLabels: estimateLabels,
});
