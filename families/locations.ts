// Locations family (catalog "Other Operations"): sub-accounts, their custom fields and the agency
// (company). Agency-level endpoints need a connection made by an agency user.
import type { FieldSpec } from '../steps/fields';

export const LOCATION_SCOPES = { read: ['locations.readonly'], write: ['locations.write'] };

export const AGENCY_NOTE = 'Needs a HighLevel connection made by an agency user (agency access).';

export const locationIdField: FieldSpec = {
  key: 'locationId',
  label: 'Sub-Account',
  dynamic: 'list_locations.id.name',
  example: 've9EPM428h8vShlRW1KT',
  helpText:
    'The HighLevel sub-account (location). Pick one (agency connections), or map a Location ID. Leave empty for the connected sub-account (required on agency connections).',
};

export const locationSample = {
  id: 've9EPM428h8vShlRW1KT',
  name: 'Acme Plumbing',
  companyId: 'UAXssdawIWAWD',
  email: 'office@acmeplumbing.example.com',
  phone: '+14155550100',
  address: '3535 1st St N',
  city: 'Dolomite',
  state: 'AL',
  postalCode: '35061',
  country: 'US',
  website: 'https://www.acmeplumbing.example.com',
  timezone: 'America/Chicago',
  settings: {
    allowDuplicateContact: false,
    allowDuplicateOpportunity: false,
    allowFacebookNameMerge: false,
    disableContactTimezone: false,
  },
  social: { facebookUrl: 'https://www.facebook.com/acmeplumbing', googlePlacesId: 'ChIJN1t_tDeuEmsRUsoyG83frY4' },
};

export const locationOutputLabels = { id: 'Sub-Account (Location) ID', name: 'Sub-Account Name', companyId: 'Agency (Company) ID' };

export const customFieldSample = {
  id: '3sv6dSiXQNJ6dpB0amsq',
  name: 'Membership Level',
  fieldKey: 'contact.membership_level',
  placeholder: 'Choose a level',
  dataType: 'SINGLE_OPTIONS',
  position: 0,
  picklistOptions: ['Silver', 'Gold', 'Platinum'],
  isAllowedCustomOption: false,
  model: 'contact',
  locationId: 've9EPM428h8vShlRW1KT',
};

export const companySample = {
  id: 'UAXssdawIWAWD',
  name: 'Rankr Marketing Agency',
  email: 'hello@rankr.example.com',
  phone: '+14155550199',
  website: 'https://www.rankr.example.com',
  domain: 'app.rankr.example.com',
  logoUrl: 'https://storage.example.com/media/rankr-logo.png',
  address: '500 Market St',
  city: 'San Francisco',
  state: 'CA',
  postalCode: '94105',
  country: 'US',
  timezone: 'America/Los_Angeles',
  currency: 'USD',
  plan: 297,
  status: 'active',
  locationCount: 42,
  isReselling: true,
};

export const installedSubAccountSample = {
  id: 've9EPM428h8vShlRW1KT',
  name: 'Acme Plumbing',
  address: '3535 1st St N, Dolomite, AL 35061, USA',
  isInstalled: true,
  installedAt: '2026-01-15T10:30:00.000Z',
};
