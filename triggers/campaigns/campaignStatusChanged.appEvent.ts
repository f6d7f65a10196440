import { appEventHook, type EventAdapter } from '../../steps/define';

/** CampaignStatusUpdate: a contact's status in a campaign (no endpoint lists them: "Test trigger" shows the documented example). */
const campaignStatusEvents: EventAdapter = {
  asEvent: (c) => c,
  present: (e) => ({ contactId: e.contactId, campaignStatus: e.status }),
  labels: {
    id: 'Event ID',
    contactId: 'Contact ID',
    campaignStatus: 'Campaign Status',
    status: 'Status (as Delivered)',
    templateId: 'Campaign Template ID',
    replied: 'Replied',
    dateAdded: 'Date Added',
  },
};

/** The Status filter of Campaign Status Changed: HighLevel's own word, which its documents do not list. */
const campaignStatusField = {
  key: 'campaignStatus',
  label: 'Status',
  example: 'paused',
  helpText: 'Only this status, as HighLevel words it (for example paused or finished). Leave empty for every status change.',
};

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
