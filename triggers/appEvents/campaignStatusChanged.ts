import { campaignStatusEvents, campaignStatusField } from '../../families/contacts';
import { appEventHook } from '../../steps/define';

// No endpoint lists contacts' campaign statuses: "Test trigger" shows the documented example.
export default appEventHook({
  key: 'campaign_status_changed_hook',
  noun: 'Campaign Status',
  label: 'Campaign Status Changed (Instant)',
  description: "Triggers when a contact's status in a campaign changes (for example paused or finished).",
  events: ['CampaignStatusUpdate'],
  adapter: campaignStatusEvents,
  fields: [campaignStatusField],
  filterBy: { campaignStatus: 'status' },
});
