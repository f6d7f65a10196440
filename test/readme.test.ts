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
  expect(readme).toMatch(/^npm ci\b/m);
  expect(readme).toContain('npm test');
  expect(ci).toMatch(/^npm ci\b/m);
  expect(ci).toMatch(/^npm test$/m);
});

describe('docs/recipes', () => {
  const dir = path.join(root, 'docs', 'recipes');
  const recipes = fs.readdirSync(dir).filter((f) => f.endsWith('.md'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { steps } = require('../operations');

  it('cover the four Rankr patterns', () => {
    expect(recipes).toEqual(expect.arrayContaining([
      'view-contact-in-rankr.md', 'rankr-task-to-highlevel-task.md', 'rankr-tag-to-highlevel-tag.md', 'contact-sync.md',
    ]));
  });

  it.each(recipes)('%s names only steps and fields that exist', (file) => {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const [, key] of text.matchAll(/`([a-z][a-z_]+)`/g)) {
      if (key.includes('_')) expect(steps.map((s: any) => s.key)).toContain(key);
    }
    for (const [, key, field] of text.matchAll(/`([a-z][a-z_]+)\.([A-Za-z]+)`/g)) {
      const step = steps.find((s: any) => s.key === key);
      expect({ key, field, exists: Boolean(step?.fields.some((f: any) => f.key === field)) }).toEqual({ key, field, exists: true });
    }
  });
});
