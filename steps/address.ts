// The postal-address inputs contacts, businesses and sub-accounts share. HighLevel names the
// street `address1` on contacts and `address` elsewhere.
import type { FieldSpec } from './fields';

export const addressFields = (streetKey: 'address' | 'address1'): FieldSpec[] => [
  { key: streetKey, label: 'Street Address', helpText: 'Street name and number, for example 3535 1st St N.', example: '3535 1st St N' },
  { key: 'city', label: 'City', helpText: 'City of the street address.', example: 'Dolomite' },
  { key: 'state', label: 'State', helpText: 'State, province or region, like AL or Ontario.', example: 'AL' },
  { key: 'postalCode', label: 'Postal Code', helpText: 'ZIP or postal code of the street address.', example: '35061' },
  { key: 'country', label: 'Country', helpText: 'Two-letter country code, like US or GB.', example: 'US' },
];
