// The README stays true: its operations table is the registry's, and it names the commands that exist.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generatedSections } from '../readme';

const root = path.resolve(__dirname, '..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

it.each(Object.keys(generatedSections))('has an up-to-date %s section (run `npm run docs` after changes)', (name) => {
  const section = readme.split(`<!-- ${name}:start -->`)[1]?.split(`<!-- ${name}:end -->`)[0]?.trim();
  expect(section).toBe(generatedSections[name]().trim());
});

it('names only npm scripts that exist', () => {
  const named = [...readme.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]);
  for (const script of named) expect(Object.keys(pkg.scripts)).toContain(script);
});

it('.ci/run runs exactly the test command the README gives', () => {
  const ci = fs.readFileSync(path.join(root, '.ci', 'run'), 'utf8');
  expect(readme).toContain('npm install');
  expect(readme).toContain('npm test');
  expect(ci).toMatch(/^npm install\b/m);
  expect(ci).toMatch(/^npm test$/m);
});
