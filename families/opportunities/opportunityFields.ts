// Opportunities: scopes, ID fields and the create/update fields.
import type { FieldSpec } from '../../steps/fields';
import { contactIdField, userIdField } from '../contacts';

export const OPPORTUNITY_SCOPES = { read: ['opportunities.readonly'], write: ['opportunities.write'] };

// ---- ID fields ----

export const opportunityIdField: FieldSpec = {
  key: 'opportunityId',
  as: 'id',
  in: 'path',
  label: 'Opportunity',
  required: true,
  helpText: 'The HighLevel opportunity. Pick one, or map an Opportunity ID from an earlier step (for example Find Opportunity).',
  dynamic: 'search_opportunities.id.name',
  search: 'find_opportunity.id',
  example: 'yWQobCRIhRguQtD2llvk',
};

export const pipelineIdField = (
  required: boolean,
  helpText = 'The pipeline the opportunity belongs to. Pick one, or map a Pipeline ID.',
): FieldSpec => ({
  key: 'pipelineId',
  label: 'Pipeline',
  required,
  helpText,
  dynamic: 'list_pipelines.id.name',
  altersDynamicFields: true,
  example: 'VDm7RPYC2GLUvdpKmBfC',
});

export const stageIdField = (
  helpText = 'The stage within the chosen pipeline. Choose the pipeline first to see its stages.',
): FieldSpec => ({
  key: 'pipelineStageId',
  label: 'Stage',
  helpText,
  dynamic: 'list_pipeline_stages.id.name',
  example: 'e93ba61a-53b3-45e7-985a-c7732dbcdb69',
});

export const OPPORTUNITY_STATUS = { open: 'Open', won: 'Won', lost: 'Lost', abandoned: 'Abandoned' };

export const statusField = (required: boolean, helpText = 'Open, won, lost or abandoned.'): FieldSpec => ({
  key: 'status',
  label: 'Status',
  required,
  choices: OPPORTUNITY_STATUS,
  helpText,
  example: 'open',
});

export const lostReasonIdField: FieldSpec = {
  key: 'lostReasonId',
  label: 'Lost Reason',
  dynamic: 'list_lost_reasons.id.name',
  example: 've9EPM428h8vShlRW1KT',
  helpText: "Why the deal was lost, from the sub-account's list of lost reasons. Only used when the status is Lost.",
};

export const followersField: FieldSpec = {
  key: 'followers',
  label: 'Followers',
  type: 'list',
  required: true,
  dynamic: 'list_users.id.name',
  helpText: 'HighLevel users who follow the record and get its notifications: pick them or map User IDs.',
  example: ['y0BeYjuRIlDwsDcOHOJo'],
};

// ---- Create / update ----

/** Opportunity inputs; create needs name, pipeline, status and contact. */
export const opportunityFields = ({ isNew }: { isNew: boolean }): FieldSpec[] => [
  {
    key: 'name',
    label: 'Name',
    required: isNew,
    helpText: 'What the deal is called, shown on the pipeline card.',
    example: 'Local SEO package - Acme Plumbing',
  },
  pipelineIdField(isNew),
  stageIdField(),
  statusField(
    isNew,
    isNew ? 'Open for a new deal; won, lost or abandoned to record a closed one.' : 'Open, won, lost or abandoned. Leave empty to keep it.',
  ),
  ...(isNew
    ? [
        {
          ...contactIdField,
          helpText: 'The contact the deal is with. Pick one, or map a Contact ID from an earlier step (for example Find Contact).',
        },
      ]
    : []),
  {
    key: 'monetaryValue',
    label: 'Value',
    type: 'number',
    helpText: 'Deal value in the sub-account currency, like 1500 or 1500.50.',
    example: 1500,
  },
  userIdField('assignedTo', 'Assigned User', 'The HighLevel user who owns the deal.'),
];
