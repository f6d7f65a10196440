import { campaignStatusEvents, campaignStatusField } from '../../families/contacts';
import { restHook } from '../../steps/restHook';

// No endpoint lists contacts' campaign statuses: "Test trigger" shows the documented example.
export default restHook({
  key: 'campaign_status_changed_hook',
  noun: 'Campaign Status',
  label: 'Campaign Status Changed (Instant)',
  description: "Triggers when a contact's status in a campaign changes (for example paused or finished).",
  events: ['CampaignStatusUpdate'],
  family: campaignStatusEvents,
  fields: [campaignStatusField],
  filterBy: { campaignStatus: 'status' },
});
