// Every step of the Workflows & Campaigns family.
import listCampaigns from '../triggers/campaigns/listCampaigns';

export default [listCampaigns];
