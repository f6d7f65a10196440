// Businesses family (HighLevel's company records that contacts belong to): fields and samples.
import { addressFields } from '../steps/address';
import type { FieldSpec } from '../steps/fields';

export const BUSINESS_SCOPES = { read: ['businesses.readonly'], write: ['businesses.write'] };

export const businessIdField: FieldSpec = {
  key: 'businessId',
  label: 'Business',
  required: true,
  dynamic: 'list_businesses.id.name',
  search: 'find_business.id',
  helpText: 'The HighLevel business (company record). Pick one, or map a Business ID from an earlier step (for example Find Business).',
  example: '641c094001436dbc2081e642',
};

export const businessFields = ({ isNew }: { isNew: boolean }): FieldSpec[] => [
  {
    key: 'name',
    label: 'Name',
    required: isNew,
    helpText: 'The business name, as contacts and your team see it.',
    example: 'Acme Plumbing',
  },
  { key: 'email', label: 'Email', type: 'email', helpText: "The business's main email address.", example: 'office@acme.example' },
  { key: 'phone', label: 'Phone', type: 'phone', helpText: 'Phone number with country code, like +14155550100.', example: '+14155550100' },
  {
    key: 'website',
    label: 'Website',
    type: 'url',
    helpText: "The business's website, starting with https://.",
    example: 'https://acme.example',
  },
  ...addressFields('address'),
  {
    key: 'description',
    label: 'Description',
    type: 'text',
    helpText: 'What the business does, or any note about it.',
    example: 'Local plumbing company',
  },
];

export const businessSample = {
  id: '641c094001436dbc2081e642',
  name: 'Acme Plumbing',
  email: 'office@acme.example',
  phone: '+14155550100',
  website: 'https://acme.example',
  address: '3535 1st St N',
  city: 'Dolomite',
  state: 'AL',
  postalCode: '35061',
  country: 'US',
  description: 'Local plumbing company',
  locationId: 've9EPM428h8vShlRW1KT',
  createdAt: '2026-11-19T08:00:00.000Z',
  updatedAt: '2026-11-20T08:00:00.000Z',
};

export const businessOutputLabels = { id: 'Business ID', address: 'Street Address' };

/** Create and update answer `buiseness` (sic) in the document; accept the spelling fixed too. */
export const businessOf = (data: any) => data?.business ?? data?.buiseness ?? data;
