import { AGENCY_NOTE, LOCATION_SCOPES, locationOutputLabels, locationSample } from '../../families/locations';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'list_locations',
  noun: 'Sub-Account',
  label: 'New Sub-Account',
  catalog: 'List Locations',
  description: `Triggers when a new sub-account (location) is added to your agency. ${AGENCY_NOTE}`,
  endpoint: 'GET /locations/search',
  scopes: LOCATION_SCOPES.read,
  fields: [
    // Own key: as a dropdown this trigger reads the whole form, where `email` means something else.
    {
      key: 'businessEmail',
      as: 'email',
      label: 'Business Email',
      type: 'email',
      helpText: 'Only sub-accounts with this business email.',
      example: 'office@acmeplumbing.example.com',
    },
  ],
  // The agency comes from the connection. Newest first, paged by skip/limit (which the document
  // types as strings).
  company: 'query',
  request: (_input, _bundle, { page, limit }) => ({
    query: { skip: String(page * limit), limit: String(limit), order: 'desc' },
  }),
  list: 'locations',
  // The search's sub-accounts (GetLocationSchema) do not name their agency, unlike Get Sub-Account's.
  sample: (({ companyId: _c, ...rest }) => rest)(locationSample),
  outputLabels: locationOutputLabels,
});
