import { BUSINESS_SCOPES, businessOutputLabels, businessSample } from '../../families/businesses';
import { ghl } from '../../highlevel/request';
import { search } from '../../steps/define';

const PAGE = 100;
/** Enough pages for the businesses of any ordinary sub-account, without running away. */
const MAX_PAGES = 10;

const normal = (s: unknown) =>
  String(s ?? '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();

export default search({
  key: 'find_business',
  noun: 'Business',
  label: 'Find Business',
  description: 'Finds a business (company record) of the connected sub-account by its name (exact, ignoring case), or by email.',
  endpoint: 'GET /businesses/',
  scopes: BUSINESS_SCOPES.read,
  fields: [
    {
      key: 'name',
      label: 'Name',
      in: 'none',
      helpText: 'The business name to look for; case and extra spaces are ignored.',
      example: 'Microsoft',
    },
    {
      key: 'email',
      label: 'Email',
      type: 'email',
      in: 'none',
      helpText: "The business's email, when you have it instead of the name.",
      example: 'abc@microsoft.com',
    },
  ],
  needsOneOf: [['name', 'email']],
  // The examples (docs/reference.md's command, the end-to-end tests) name the documents' example business, which the sandbox lists.
  // HighLevel has no business search: read the sub-account's businesses page by page and compare.
  perform: async (z, bundle, input) => {
    const matches = (b: any) =>
      (!input.name || normal(b?.name) === normal(input.name)) && (!input.email || normal(b?.email) === normal(input.email));
    for (let page = 0; page < MAX_PAGES; page++) {
      const data = await ghl(z, bundle, 'GET /businesses/', {
        location: 'query',
        query: { limit: String(PAGE), skip: String(page * PAGE) },
      });
      const businesses: any[] = Array.isArray(data?.businesses) ? data.businesses : [];
      const found = businesses.filter((b) => b && typeof b === 'object' && matches(b));
      if (found.length) return found;
      if (businesses.length < PAGE) break;
    }
    return [];
  },
  sample: businessSample,
  outputLabels: businessOutputLabels,
});
