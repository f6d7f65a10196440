import { ghl, type Endpoint } from '../../highlevel/request';
import { baseUrl } from '../../highlevel/api';
import { create } from '../../steps/define';

// Characters allowed in a path under the API host: no scheme, host, backslash, braces or dot segments.
const SAFE_PATH = /^\/(?!\/)[A-Za-z0-9._~%!$&'()*+,;=:@/-]*$/;

export default create({
  key: 'api_request',
  noun: 'Request',
  label: 'API Request',
  description:
    'Sends any request to the HighLevel API with your connection, for endpoints this app has no step for. The Version header, authentication and error messages work as in the other steps.',
  // Any documented method and path the user names; the contract test checks the request it makes.
  endpoint: 'GET /{path}',
  anyEndpoint: true,
  scopes: [],
  exampleAlso: ['query'],
  fields: [
    {
      key: 'method',
      label: 'Method',
      required: true,
      default: 'GET',
      choices: { GET: 'GET', POST: 'POST', PUT: 'PUT', PATCH: 'PATCH', DELETE: 'DELETE' },
      in: 'none',
      helpText: 'The HTTP method of the HighLevel endpoint, as its API reference shows it.',
      example: 'GET',
    },
    {
      key: 'path',
      label: 'Path',
      required: true,
      in: 'none',
      placeholder: '/contacts/{contactId}',
      helpText:
        'The endpoint path under https://services.leadconnectorhq.com, starting with /, with IDs filled in (for example /contacts/seD4PfOuKoVMLkEZqohJ).',
      example: '/contacts/',
    },
    {
      key: 'query',
      label: 'Query Parameters',
      type: 'json',
      in: 'none',
      helpText: 'Optional query parameters as a JSON object, like {"limit": 20}. The sub-account ID is not added for you here.',
      example: '{"locationId": "ve9EPM428h8vShlRW1KT", "limit": 20}',
    },
    {
      key: 'body',
      label: 'Body',
      type: 'json',
      in: 'none',
      helpText: 'Optional JSON body for POST, PUT and PATCH, exactly as the HighLevel API reference describes it.',
      example: undefined,
    },
  ],
  perform: async (z, bundle, input) => {
    const path = String(input.path);
    if (!SAFE_PATH.test(path) || path.split('/').some((s) => s === '..' || s === '.')) {
      throw new z.errors.Error(
        'Path (`path`) must be a HighLevel API path starting with /, like /contacts/abc123 (no host, no "..").',
        'InvalidInput',
      );
    }
    if (new URL(baseUrl() + path).origin !== new URL(baseUrl()).origin) {
      throw new z.errors.Error('Path (`path`) must stay on the HighLevel API host.', 'InvalidInput');
    }
    const method = String(input.method).toUpperCase();
    const data = await ghl(z, bundle, `${method} ${path}` as Endpoint, {
      query: input.query,
      body: method === 'GET' || method === 'DELETE' ? undefined : (input.body ?? {}),
      what: `${method} ${path}`,
    });
    return Array.isArray(data) ? { results: data } : data;
  },
  // The answer to the example request (GET /contacts/ with a limit).
  sample: {
    contacts: [
      { id: 'seD4PfOuKoVMLkEZqohJ', firstName: 'Jane', lastName: 'Doe', email: 'jane@example.com', dateAdded: '2026-11-20T09:31:30.255Z' },
    ],
    count: 1,
  },
  outputLabels: { 'contacts[]id': 'Contact IDs' },
});
