import {
  lostReasonIdField,
  OPPORTUNITY_SCOPES,
  opportunityOutput,
  pipelineIdField,
  presentOpportunity,
  stageIdField,
  statusField,
} from '../../families/opportunities';
import { userIdField } from '../../families/contacts';
import { create } from '../../steps/define';

export default create({
  key: 'upsert_opportunity',
  noun: 'Opportunity',
  label: 'Upsert Opportunity',
  description: 'Updates the opportunity with this ID, or creates it in the pipeline when no ID is given; can also add or remove followers.',
  endpoint: 'POST /opportunities/upsert',
  scopes: OPPORTUNITY_SCOPES.write,
  fields: [
    {
      key: 'id',
      label: 'Opportunity',
      dynamic: 'search_opportunities.id.name',
      search: 'find_opportunity.id',
      helpText: 'The opportunity to update. Leave empty to create a new one.',
      example: 'yWQobCRIhRguQtD2llvk',
    },
    pipelineIdField(true),
    {
      key: 'name',
      label: 'Name',
      helpText: 'What the deal is called, shown on the pipeline card.',
      example: 'Local SEO package - Acme Plumbing',
    },
    stageIdField(),
    statusField(false, 'Open, won, lost or abandoned.'),
    userIdField('assignedTo', 'Assigned User', 'The HighLevel user who owns the deal.'),
    {
      key: 'monetaryValue',
      label: 'Value',
      type: 'number',
      helpText: 'Deal value in the sub-account currency, like 1500 or 1500.50.',
      example: 1500,
    },
    lostReasonIdField,
    {
      key: 'followers',
      label: 'Followers',
      type: 'list',
      dynamic: 'list_users.id.name',
      helpText: 'HighLevel users to add as (or remove from) followers: pick them or map User IDs.',
      example: ['y0BeYjuRIlDwsDcOHOJo'],
    },
    {
      key: 'followersActionType',
      label: 'Followers Change',
      choices: { add: 'Add these followers', remove: 'Remove these followers' },
      default: 'add',
      helpText: 'Whether the listed followers are added or removed.',
      example: 'add',
    },
    {
      key: 'isRemoveAllFollowers',
      label: 'Remove All Followers',
      type: 'boolean',
      default: 'false',
      helpText: 'Yes removes every follower of the opportunity.',
      example: false,
    },
  ],
  location: 'body',
  // HighLevel requires the follower fields on every upsert: default to "add nobody".
  request: (input) => ({
    body: {
      followers: input.followers ?? [],
      followersActionType: input.followersActionType ?? 'add',
      isRemoveAllFollowers: input.isRemoveAllFollowers ?? false,
    },
  }),
  result: (data) => ({ ...presentOpportunity(data.opportunity ?? {}), isNew: Boolean(data.new) }),
  alsoCalls: opportunityOutput.alsoCalls,
  dynamicOutputs: opportunityOutput.dynamicOutputs,
  sample: { ...opportunityOutput.sample, isNew: true },
  outputLabels: { ...opportunityOutput.outputLabels, isNew: 'Was Created' },
});
