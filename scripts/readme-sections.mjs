#!/usr/bin/env node
// Writes the README's generated sections (operations table, scopes) from the registry
// (dist/readme.js, after `npm run build`), so the README lists exactly what the app offers.
// test/readme.test.ts fails when they are stale.   npm run docs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { generatedSections } = createRequire(import.meta.url)(join(root, 'dist', 'readme.js'));
const readmePath = join(root, 'README.md');
let readme = readFileSync(readmePath, 'utf8');
for (const [name, render] of Object.entries(generatedSections)) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  readme = `${readme.slice(0, readme.indexOf(start) + start.length)}\n${render()}\n${readme.slice(readme.indexOf(end))}`;
}
writeFileSync(readmePath, readme);
console.log('README sections updated:', Object.keys(generatedSections).join(', '));
