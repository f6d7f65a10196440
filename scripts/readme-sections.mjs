#!/usr/bin/env node
// Writes the generated sections (README's scopes and instant triggers, docs/operations.md's table,
// docs/reference.md's input keys) from the registry (dist/readme.js, after `npm run build`), each
// between its `<!-- name:start -->` and `<!-- name:end -->` markers. test/readme.test.ts fails when
// one is stale.   npm run docs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { generatedSections, sectionFile } = createRequire(import.meta.url)(join(root, 'dist', 'readme.js'));
for (const [name, render] of Object.entries(generatedSections)) {
  const file = join(root, sectionFile(name));
  const text = readFileSync(file, 'utf8');
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  if (!text.includes(start) || !text.includes(end)) throw new Error(`${sectionFile(name)} has no ${start} ... ${end} markers`);
  writeFileSync(file, `${text.slice(0, text.indexOf(start) + start.length)}\n${render()}\n${text.slice(text.indexOf(end))}`);
  console.log(`${sectionFile(name)}: ${name} updated`);
}
