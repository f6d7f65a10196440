// Every search, by folder: the folder is the family docs/reference.md groups it under. operations.ts
// reads this list (the app definition, the OAuth scopes and the contract test all follow from it).
import type { Step } from '../steps/define';
import findContact from './contacts/findContact';
import validateGroupSlug from './calendars/validateGroupSlug';
import findOpportunity from './opportunities/findOpportunity';
import findBusiness from './businesses/findBusiness';
import findLocation from './locations/findLocation';
import findSubAccount from './locations/findSubAccount';
import findRecord from './objects/findRecord';
import findInvoice from './invoices/findInvoice';
import findProduct from './products/findProduct';

export const searches: Record<string, Step[]> = {
  contacts: [findContact],
  calendars: [validateGroupSlug],
  opportunities: [findOpportunity],
  businesses: [findBusiness],
  locations: [findLocation, findSubAccount],
  objects: [findRecord],
  invoices: [findInvoice],
  products: [findProduct],
};
