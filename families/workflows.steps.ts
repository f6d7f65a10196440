// Every step of the Workflows & Campaigns family.
import listCampaigns from '../triggers/campaigns/listCampaigns';
import listWorkflows from '../triggers/workflows/listWorkflows';
import listSnapshots from '../triggers/snapshots/listSnapshots';
import addContactToWorkflow from '../creates/workflows/addContactToWorkflow';
import removeContactFromWorkflow from '../creates/workflows/removeContactFromWorkflow';
import addContactFollowers from '../creates/workflows/addContactFollowers';
import removeContactFollowers from '../creates/workflows/removeContactFollowers';
import bulkBusinessUpdate from '../creates/workflows/bulkBusinessUpdate';

export default [
  listCampaigns, listWorkflows, listSnapshots,
  addContactToWorkflow, removeContactFromWorkflow, addContactFollowers, removeContactFollowers, bulkBusinessUpdate,
];
