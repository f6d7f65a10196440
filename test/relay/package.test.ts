// The relay ships as its own npm workspace (relay/package.json): its runtime dependencies are exactly
// the packages its code imports, and none of the Zapier app's; the app's are not the relay's.
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const read = (path: string) => JSON.parse(fs.readFileSync(join(root, path), 'utf8'));
const relayPackage = read('relay/package.json');
const appPackage = read('package.json');

/** The package names that relay/**\/*.ts imports (node: built-ins and relative paths left out). */
const importedByRelay = () => {
  const names = new Set<string>();
  for (const file of fs.readdirSync(join(root, 'relay'), { recursive: true }) as string[]) {
    if (!file.endsWith('.ts')) continue;
    const source = fs.readFileSync(join(root, 'relay', file), 'utf8');
    for (const [, specifier] of source.matchAll(/(?:from|import|require\()\s*'([^']+)'/g)) {
      if (specifier.startsWith('.') || specifier.startsWith('node:') || builtinModules.includes(specifier)) continue;
      const parts = specifier.split('/');
      names.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]);
    }
  }
  return [...names].sort();
};

test('the root package.json makes relay/ a workspace', () => {
  expect(appPackage.workspaces).toEqual(['relay']);
});

test("relay/package.json's dependencies are exactly what the relay's code imports", () => {
  const imported = importedByRelay();
  expect(imported.length).toBeGreaterThan(3); // fastify, pg, pino... the scan found the imports
  // `import type` of an installed package still needs it at build time only: none are type-only today.
  expect(Object.keys(relayPackage.dependencies).sort()).toEqual(imported);
  expect(relayPackage.devDependencies).toBeUndefined();
});

test("the relay's runtime dependencies include none of the app's, and the app's none of the relay's", () => {
  const relayDeps = Object.keys(relayPackage.dependencies);
  expect(relayDeps).not.toContain('zapier-platform-core');
  expect(Object.keys(appPackage.dependencies)).toEqual(['zapier-platform-core']);
  for (const name of relayDeps) expect(Object.keys(appPackage.devDependencies)).not.toContain(name);
});

test('the Dockerfile installs only the relay workspace for production', () => {
  const dockerfile = fs.readFileSync(join(root, 'relay/Dockerfile'), 'utf8');
  expect(dockerfile).toMatch(/COPY relay\/package\.json \.\/relay\//);
  expect(dockerfile).toMatch(/npm ci --omit=dev --workspace relay /);
});
