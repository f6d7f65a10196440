import {
  OPPORTUNITY_SCOPES,
  opportunityOutput,
  pipelineIdField,
  presentOpportunity,
  searchOpportunities,
  statusField,
} from '../../families/opportunities';
import { contactIdField } from '../../families/contacts';
import { newestFirst } from '../../steps/dedupe';
import { search } from '../../steps/define';
import { requestParts, type FieldSpec } from '../../steps/fields';

const fields: FieldSpec[] = [
  {
    key: 'q',
    label: 'Search Text',
    helpText: "Matches the opportunity name or the contact's name, email or phone, for example the contact's email.",
    example: 'jane@example.com',
  },
  {
    ...contactIdField,
    required: false,
    as: 'contact_id',
    helpText: 'The contact the opportunity is with. Pick one, or map a Contact ID from an earlier step.',
  },
  { ...pipelineIdField(false, 'Only look in this pipeline.'), as: 'pipeline_id' },
  {
    ...statusField(false, 'Only opportunities with this status; leave empty for any.'),
    choices: { open: 'Open', won: 'Won', lost: 'Lost', abandoned: 'Abandoned', all: 'All' },
  },
];

export default search({
  ...opportunityOutput,
  key: 'find_opportunity',
  noun: 'Opportunity',
  label: 'Find Opportunity',
  description: 'Finds the newest opportunity matching a text (name, email, phone), a contact, a pipeline or a status.',
  endpoint: 'GET /opportunities/search',
  scopes: OPPORTUNITY_SCOPES.read,
  fields,
  needsOneOf: [['q', 'contactId']],
  perform: async (z, bundle, input) => {
    const data = await searchOpportunities(z, bundle, requestParts(fields, input, 'GET', '/opportunities/search').query, 10);
    const found = Array.isArray(data?.opportunities) ? data.opportunities : [];
    return newestFirst(found.filter((o: unknown) => o && typeof o === 'object').map(presentOpportunity), 'createdAt');
  },
});
