import { invalid } from '../../families/conversations';
import { AGENCY_NOTE, companyIdField, companyIdOf, LOCATION_SCOPES, locationOutputLabels, locationSample } from '../../families/locations';
import { create } from '../../steps/define';

const prospect = ['prospectFirstName', 'prospectLastName', 'prospectEmail'] as const;

export default create({
  key: 'create_location',
  noun: 'Sub-Account',
  label: 'Create Location',
  description: `Creates a new sub-account (location) in your agency, optionally from a snapshot. ${AGENCY_NOTE}`,
  endpoint: 'POST /locations/',
  scopes: LOCATION_SCOPES.write,
  fields: [
    { key: 'name', label: 'Business Name', required: true, help: 'Name of the new sub-account, usually the client business.', example: 'Acme Plumbing' },
    companyIdField,
    { key: 'phone', label: 'Phone', type: 'phone', help: 'Business phone with country code, like +14155550100.', example: '+14155550100' },
    { key: 'address', label: 'Street Address', help: 'Street and number of the business.', example: '3535 1st St N' },
    { key: 'city', label: 'City', help: 'City of the business.', example: 'Dolomite' },
    { key: 'state', label: 'State', help: 'State, province or region.', example: 'AL' },
    { key: 'postalCode', label: 'Postal Code', help: 'ZIP or postal code.', example: '35061' },
    { key: 'country', label: 'Country', help: 'Two-letter country code, like US, GB or AU.', example: 'US' },
    { key: 'website', label: 'Website', type: 'url', help: 'Business website, starting with https://.', example: 'https://www.acmeplumbing.example.com' },
    { key: 'timezone', label: 'Time Zone', help: 'Time zone of the business, like America/Chicago or US/Central.', example: 'America/Chicago' },
    { key: 'snapshotId', label: 'Snapshot ID', help: 'Load this agency snapshot (funnels, workflows, settings) into the new sub-account.', example: 'kJx8Aq2XbG1f0mUvWz3R' },
    { key: 'prospectFirstName', label: 'Prospect First Name', in: 'none', help: 'First name of the client contact (the prospect). Give first name, last name and email together.', example: 'Jane' },
    { key: 'prospectLastName', label: 'Prospect Last Name', in: 'none', help: 'Last name of the client contact.', example: 'Doe' },
    { key: 'prospectEmail', label: 'Prospect Email', type: 'email', in: 'none', help: 'Email of the client contact.', example: 'jane@acmeplumbing.example.com' },
  ],
  request: (input, bundle) => {
    const given = prospect.filter((k) => input[k]);
    if (given.length && given.length < prospect.length) {
      throw invalid('Prospect First Name, Prospect Last Name and Prospect Email go together: fill in all three or none.');
    }
    if (input.country && !/^[A-Za-z]{2}$/.test(input.country)) throw invalid('Country must be a two-letter country code, like US.');
    return {
      body: {
        companyId: companyIdOf(input, bundle),
        ...(input.country ? { country: String(input.country).toUpperCase() } : {}),
        ...(given.length
          ? { prospectInfo: { firstName: input.prospectFirstName, lastName: input.prospectLastName, email: input.prospectEmail } }
          : {}),
      },
    };
  },
  sample: { ...locationSample, domain: 'acmeplumbing.example.com' },
  outputLabels: locationOutputLabels,
});
