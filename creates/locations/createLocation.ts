import { AGENCY_NOTE, LOCATION_SCOPES, locationOutputLabels, locationSample } from '../../families/locations';
import { addressFields } from '../../steps/address';
import { create } from '../../steps/define';
import { invalidInput } from '../../steps/fields';

const prospect = ['prospectFirstName', 'prospectLastName', 'prospectEmail'] as const;

export default create({
  key: 'create_location',
  noun: 'Sub-Account',
  label: 'Create Location',
  description: `Creates a new sub-account (location) in your agency, optionally from a snapshot. ${AGENCY_NOTE}`,
  endpoint: 'POST /locations/',
  scopes: LOCATION_SCOPES.write,
  fields: [
    {
      key: 'name',
      label: 'Business Name',
      required: true,
      helpText: 'Name of the new sub-account, usually the client business.',
      example: 'Acme Plumbing',
    },
    {
      key: 'phone',
      label: 'Phone',
      type: 'phone',
      helpText: 'Business phone with country code, like +14155550100.',
      example: '+14155550100',
    },
    ...addressFields('address'),
    {
      key: 'website',
      label: 'Website',
      type: 'url',
      helpText: 'Business website, starting with https://.',
      example: 'https://www.acmeplumbing.example.com',
    },
    {
      key: 'timezone',
      label: 'Time Zone',
      helpText: 'Time zone of the business, like America/Chicago or US/Central.',
      example: 'America/Chicago',
    },
    {
      key: 'snapshotId',
      label: 'Snapshot',
      dynamic: 'list_snapshots.id.name',
      example: 'kJx8Aq2XbG1f0mUvWz3R',
      helpText:
        'Load this agency snapshot (funnels, workflows, settings) into the new sub-account. Pick one, or map a Snapshot ID; leave empty for a blank sub-account.',
    },
    {
      key: 'prospectFirstName',
      label: 'Prospect First Name',
      in: 'none',
      helpText: 'First name of the client contact (the prospect). Give first name, last name and email together.',
      example: 'Jane',
    },
    { key: 'prospectLastName', label: 'Prospect Last Name', in: 'none', helpText: 'Last name of the client contact.', example: 'Doe' },
    {
      key: 'prospectEmail',
      label: 'Prospect Email',
      type: 'email',
      in: 'none',
      helpText: 'Email of the client contact.',
      example: 'jane@acmeplumbing.example.com',
    },
  ],
  // The agency is the connection's own (companyId of the token).
  company: 'body',
  access: 'agency',
  request: (input) => {
    const given = prospect.filter((k) => input[k]);
    if (given.length && given.length < prospect.length) {
      throw invalidInput(
        'Prospect First Name (`prospectFirstName`), Prospect Last Name (`prospectLastName`) and Prospect Email (`prospectEmail`) go together: fill in all three or none.',
      );
    }
    if (input.country && !/^[A-Za-z]{2}$/.test(input.country))
      throw invalidInput('Country (`country`) must be a two-letter country code, like US.');
    return {
      body: {
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
