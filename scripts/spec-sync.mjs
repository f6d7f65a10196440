#!/usr/bin/env node
// Derives the connector's contract from HighLevel's official OpenAPI documents (CC0):
// one bundled document of the endpoints the catalog maps (plus OAuth token), refs made local,
// and the catalog's operation list. Tests and the sandbox read only these committed files.
//
// It also keeps each webhook event's documented example body (spec/webhook-events.json), the
// samples of the instant app-event triggers and the bodies their tests deliver.
//
//   npm run spec:sync [-- path/to/shared]     (default: ../shared next to the project)
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { completeEventExample } from './spec-fixes.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.argv[2] ?? join(root, '..', 'shared'));
const docsDir = join(shared, 'ghl-api');
const catalog = JSON.parse(readFileSync(join(shared, 'catalog', 'operations.json'), 'utf8'));
const commit = /commit ([0-9a-f]{40})/.exec(readFileSync(join(docsDir, 'README.md'), 'utf8'))?.[1] ?? 'unknown';

/**
 * Endpoints used beyond the catalog's own: OAuth (token, agency-to-sub-account exchange, installed
 * sub-accounts), dropdown sources (lost reasons, tags, forms, surveys, objects), the sub-account-wide
 * event triggers (tasks, forms, surveys, invoices, payments), the custom value, tag, message
 * logging and custom object steps, and billing (invoices, estimates, products, media, documents).
 */
const EXTRA = [
  { specFile: 'apps/oauth.json', method: 'POST', path: '/oauth/token' },
  { specFile: 'apps/oauth.json', method: 'POST', path: '/oauth/locationToken' },
  { specFile: 'apps/oauth.json', method: 'GET', path: '/oauth/installedLocations' },
  { specFile: 'apps/opportunities.json', method: 'GET', path: '/opportunities/lost-reason' },
  { specFile: 'apps/locations.json', method: 'POST', path: '/locations/{locationId}/tasks/search' },
  { specFile: 'apps/forms.json', method: 'GET', path: '/forms/submissions' },
  { specFile: 'apps/forms.json', method: 'GET', path: '/forms/' },
  { specFile: 'apps/surveys.json', method: 'GET', path: '/surveys/submissions' },
  { specFile: 'apps/surveys.json', method: 'GET', path: '/surveys/' },
  { specFile: 'apps/invoices.json', method: 'GET', path: '/invoices/' },
  { specFile: 'apps/invoices.json', method: 'GET', path: '/invoices/{invoiceId}' },
  { specFile: 'apps/payments.json', method: 'GET', path: '/payments/transactions' },
  { specFile: 'apps/payments.json', method: 'GET', path: '/payments/orders' },
  { specFile: 'apps/payments.json', method: 'GET', path: '/payments/subscriptions' },
  { specFile: 'apps/locations.json', method: 'GET', path: '/locations/{locationId}/tags' },
  { specFile: 'apps/locations.json', method: 'POST', path: '/locations/{locationId}/tags' },
  { specFile: 'apps/locations.json', method: 'GET', path: '/locations/{locationId}/tags/{tagId}' },
  { specFile: 'apps/locations.json', method: 'PUT', path: '/locations/{locationId}/tags/{tagId}' },
  { specFile: 'apps/locations.json', method: 'DELETE', path: '/locations/{locationId}/tags/{tagId}' },
  { specFile: 'apps/locations.json', method: 'GET', path: '/locations/{locationId}/customValues' },
  { specFile: 'apps/locations.json', method: 'POST', path: '/locations/{locationId}/customValues' },
  { specFile: 'apps/locations.json', method: 'GET', path: '/locations/{locationId}/customValues/{id}' },
  { specFile: 'apps/locations.json', method: 'PUT', path: '/locations/{locationId}/customValues/{id}' },
  { specFile: 'apps/locations.json', method: 'DELETE', path: '/locations/{locationId}/customValues/{id}' },
  { specFile: 'apps/conversations.json', method: 'POST', path: '/conversations/messages/inbound' },
  { specFile: 'apps/conversations.json', method: 'POST', path: '/conversations/messages/outbound' },
  { specFile: 'apps/objects.json', method: 'GET', path: '/objects/' },
  { specFile: 'apps/objects.json', method: 'GET', path: '/objects/{key}' },
  { specFile: 'apps/objects.json', method: 'POST', path: '/objects/{schemaKey}/records' },
  { specFile: 'apps/objects.json', method: 'POST', path: '/objects/{schemaKey}/records/search' },
  { specFile: 'apps/objects.json', method: 'GET', path: '/objects/{schemaKey}/records/{id}' },
  { specFile: 'apps/objects.json', method: 'PUT', path: '/objects/{schemaKey}/records/{id}' },
  { specFile: 'apps/objects.json', method: 'DELETE', path: '/objects/{schemaKey}/records/{id}' },
  // Billing and paperwork: invoices, estimates, products and prices, media files, documents.
  ...[
    'POST /invoices/',
    'GET /invoices/generate-invoice-number',
    'POST /invoices/{invoiceId}/send',
    'POST /invoices/{invoiceId}/record-payment',
    'POST /invoices/{invoiceId}/void',
    'POST /invoices/text2pay',
    'POST /invoices/estimate',
    'POST /invoices/estimate/{estimateId}/send',
    'POST /invoices/estimate/{estimateId}/invoice',
    'GET /invoices/estimate/list',
  ].map((e) => ({ specFile: 'apps/invoices.json', method: e.split(' ')[0], path: e.split(' ')[1] })),
  ...[
    'GET /products/',
    'POST /products/',
    'GET /products/{productId}',
    'GET /products/{productId}/price',
    'POST /products/{productId}/price',
    'GET /products/inventory',
  ].map((e) => ({ specFile: 'apps/products.json', method: e.split(' ')[0], path: e.split(' ')[1] })),
  { specFile: 'apps/medias.json', method: 'GET', path: '/medias/files' },
  { specFile: 'apps/medias.json', method: 'POST', path: '/medias/upload-file' },
  ...['GET /proposals/document', 'POST /proposals/document/send', 'GET /proposals/templates', 'POST /proposals/templates/send'].map(
    (e) => ({ specFile: 'apps/proposals.json', method: e.split(' ')[0], path: e.split(' ')[1] }),
  ),
];

const documents = new Map();
const load = (file) => {
  if (!documents.has(file)) documents.set(file, JSON.parse(readFileSync(join(docsDir, file), 'utf8')));
  return documents.get(file);
};
const family = (file) =>
  file
    .split('/')
    .pop()
    .replace(/\.json$/, '')
    .replace('common-schemas', 'common');

const bundle = {
  openapi: '3.0.3',
  info: {
    title: 'HighLevel API v2: the endpoints of the Zapier connector',
    version: commit.slice(0, 12),
    description: 'Derived by scripts/spec-sync.mjs from GoHighLevel/highlevel-api-docs (CC0 1.0). Do not edit by hand.',
    'x-source': { repository: 'GoHighLevel/highlevel-api-docs', commit },
  },
  servers: [{ url: 'https://services.leadconnectorhq.com' }],
  paths: {},
  components: { schemas: {}, securitySchemes: load('apps/contacts.json').components.securitySchemes },
};

// Copies a node, rewriting every $ref to a local, family-prefixed component and copying that component.
const localise = (node, file) => {
  if (Array.isArray(node)) return node.map((n) => localise(n, file));
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') {
      const [target, pointer] = value.split('#');
      const targetFile = target ? join(dirname(file), target) : file;
      const parts = pointer.split('/').filter(Boolean); // components, schemas, Name
      const name = `${family(targetFile)}.${parts[2]}`;
      bundle.components[parts[1]] ??= {};
      const section = bundle.components[parts[1]];
      if (!(name in section)) {
        section[name] = {}; // placeholder first: schemas may refer to themselves
        let source = load(targetFile);
        for (const p of parts) source = source[p];
        section[name] = localise(source, targetFile);
      }
      out.$ref = `#/components/${parts[1]}/${name}`;
    } else {
      out[key] = localise(value, file);
    }
  }
  return out;
};

for (const op of [...catalog.operations, ...EXTRA]) {
  const method = op.method.toLowerCase();
  const operation = load(op.specFile).paths?.[op.path]?.[method];
  if (!operation) throw new Error(`${op.method} ${op.path} is not in ${op.specFile}`);
  bundle.paths[op.path] ??= {};
  bundle.paths[op.path][method] = { ...localise(operation, op.specFile), 'x-spec-file': op.specFile };
}

const sortKeys = (o) =>
  Object.fromEntries(
    Object.keys(o)
      .sort()
      .map((k) => [k, o[k]]),
  );
bundle.paths = sortKeys(bundle.paths);
bundle.components.schemas = sortKeys(bundle.components.schemas);

mkdirSync(join(root, 'spec'), { recursive: true });
writeFileSync(join(root, 'spec', 'highlevel-openapi.json'), `${JSON.stringify(bundle, null, 1)}\n`);
writeFileSync(
  join(root, 'spec', 'catalog.json'),
  `${JSON.stringify({ source: catalog.source, operations: catalog.operations }, null, 1)}\n`,
);
const count = Object.values(bundle.paths).reduce((n, p) => n + Object.keys(p).length, 0);
console.log(
  `spec/highlevel-openapi.json: ${count} operations, ${Object.keys(bundle.components.schemas).length} schemas (source ${commit.slice(0, 12)})`,
);
console.log(`spec/catalog.json: ${catalog.operations.length} catalog operations`);

// The first JSON example of each webhook-event page (not its schema), completed where the page is silent.
const eventsDir = join(docsDir, 'docs', 'webhook-events');
const events = {};
for (const file of readdirSync(eventsDir)
  .filter((f) => f.endsWith('.md'))
  .sort()) {
  const type = file.replace(/\.md$/, '');
  // The Price pages open their example as "```json{" on one line: the body may start on the fence's line.
  const block = /```json(?:\n|(?=[{[]))([\s\S]*?)```/.exec(readFileSync(join(eventsDir, file), 'utf8'));
  if (block) events[type] = completeEventExample(type, JSON.parse(block[1]));
}
writeFileSync(
  join(root, 'spec', 'webhook-events.json'),
  `${JSON.stringify({ source: 'docs/webhook-events/*.md, completed by scripts/spec-fixes.mjs', commit, events }, null, 1)}\n`,
);
console.log(`spec/webhook-events.json: ${Object.keys(events).length} documented event bodies`);
