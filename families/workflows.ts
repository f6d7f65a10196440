// Workflows & Campaigns family: workflow and snapshot fields and samples, and the contact
// follower fields its contact actions share.
import type { FieldSpec } from '../steps/fields';

export const WORKFLOW_SCOPES = { read: ['workflows.readonly'] };
// The catalog names no scope for snapshots; docs/Scopes.md lists GET /snapshots under snapshots.readonly (Agency).
export const SNAPSHOT_SCOPES = { read: ['snapshots.readonly'] };

export const workflowIdField: FieldSpec = {
  key: 'workflowId',
  label: 'Workflow',
  required: true,
  dynamic: 'list_workflows.id.name',
  example: '78559bb3-b920-461e-b010-7b2a2816d2a9',
  helpText: 'The HighLevel workflow (automation). Pick one, or map a Workflow ID from an earlier step.',
};

export const contactFollowersField: FieldSpec = {
  key: 'followers',
  label: 'Followers',
  type: 'list',
  required: true,
  in: 'body',
  dynamic: 'list_users.id.name',
  helpText: 'HighLevel users (team members) who follow the contact and get its notifications: pick them or map User IDs.',
  example: ['y0BeYjuRIlDwsDcOHOJo'],
};

export const workflowSample = {
  id: '78559bb3-b920-461e-b010-7b2a2816d2a9',
  name: 'New Lead Follow-Up',
  status: 'published',
  version: 2,
  createdAt: '2026-11-18T11:33:49.000Z',
  updatedAt: '2026-11-20T08:12:03.000Z',
  locationId: 've9EPM428h8vShlRW1KT',
};

export const snapshotSample = {
  id: '1eM2UbJ0UaJDmj4Kmp2V',
  name: 'Local SEO Agency Starter',
  type: 'own',
};
