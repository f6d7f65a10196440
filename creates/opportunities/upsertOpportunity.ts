import {
  OPPORTUNITY_SCOPES, opportunityOutputLabels, opportunitySample, pipelineIdField, stageIdField, statusField,
} from '../../families/opportunities';
import { userIdField } from '../../families/contacts';
import { create } from '../../steps/define';
import { zapierField, type FieldSpec } from '../../steps/fields';

// The document types this endpoint's monetaryValue as an object (its example is the number 220),
// so the contract cannot check it; the field is offered as a dynamic field and sent as a number.
const valueField: FieldSpec = { key: 'monetaryValue', label: 'Value', type: 'number', help: 'Deal value in the sub-account currency, like 1500 or 1500.50.' };

const monetaryValue = (raw: unknown) => {
  if (raw === undefined || raw === null || String(raw).trim() === '') return {};
  const value = Number(String(raw).trim());
  if (!Number.isFinite(value)) throw new Error('Value must be a number, like 1500 or 1500.50.');
  return { monetaryValue: value };
};

export default create({
  key: 'upsert_opportunity',
  noun: 'Opportunity',
  label: 'Upsert Opportunity',
  description: 'Updates the opportunity with this ID, or creates it in the pipeline when no ID is given; can also add or remove followers.',
  endpoint: 'POST /opportunities/upsert',
  scopes: OPPORTUNITY_SCOPES.write,
  fields: [
    { key: 'id', label: 'Opportunity', dynamic: 'search_opportunities.id.name', search: 'find_opportunity.id', help: 'The opportunity to update. Leave empty to create a new one.', example: 'yWQobCRIhRguQtD2llvk' },
    pipelineIdField(true),
    { key: 'name', label: 'Name', help: 'What the deal is called, shown on the pipeline card.', example: 'Local SEO package - Acme Plumbing' },
    stageIdField(),
    statusField(false, 'Open, won, lost or abandoned.'),
    userIdField('assignedTo', 'Assigned User', 'The HighLevel user who owns the deal.'),
    // No lostReasonId: no endpoint of the contract lists lost reasons, so it could only be typed blind.
    { key: 'followers', label: 'Followers', type: 'list', dynamic: 'list_users.id.name', help: 'HighLevel users to add as (or remove from) followers: pick them or map User IDs.', example: ['y0BeYjuRIlDwsDcOHOJo'] },
    { key: 'followersActionType', label: 'Followers Change', choices: { add: 'Add these followers', remove: 'Remove these followers' }, default: 'add', help: 'Whether the listed followers are added or removed.', example: 'add' },
    { key: 'isRemoveAllFollowers', label: 'Remove All Followers', type: 'boolean', default: 'false', help: 'Yes removes every follower of the opportunity.', example: false },
  ],
  dynamicFields: [async () => [zapierField(valueField)]],
  location: 'body',
  // HighLevel requires the follower fields on every upsert: default to "add nobody".
  request: (input, bundle) => {
    const extra = monetaryValue(bundle.inputData.monetaryValue);
    return {
      body: {
        followers: input.followers ?? [],
        followersActionType: input.followersActionType ?? 'add',
        isRemoveAllFollowers: input.isRemoveAllFollowers ?? false,
        ...extra,
      },
    };
  },
  result: (data) => ({ ...data.opportunity, isNew: Boolean(data.new) }),
  sample: { ...opportunitySample, isNew: true },
  outputLabels: { ...opportunityOutputLabels, isNew: 'Was Created' },
});
