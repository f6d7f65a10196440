// The README and docs/ stay true: their generated sections are the registry's, and they name the
// commands and files that exist.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { steps } from '../operations';
import { generatedSections, sectionFile } from '../readme';
import catalog from '../spec/catalog.json';

const root = path.resolve(__dirname, '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const readme = read('README.md');
const pkg = JSON.parse(read('package.json'));

it.each(Object.keys(generatedSections))('has an up-to-date %s section (run `npm run docs` after changes)', (name) => {
  const section = read(sectionFile(name)).split(`<!-- ${name}:start -->`)[1]?.split(`<!-- ${name}:end -->`)[0]?.trim();
  expect(section).toBe(generatedSections[name]().trim());
});

it('docs/operations.md names every operation of the catalog (a trigger named by what makes it fire keeps its catalog name in its description)', () => {
  const { operations } = catalog;
  const table = read('docs/operations.md');
  expect(operations).toHaveLength(126);
  for (const { label } of operations)
    expect({ label, found: table.includes(`| ${label} |`) || table.includes(`Catalog name: ${label}.`) }).toEqual({ label, found: true });
});

const docs = [
  'README.md',
  ...fs
    .readdirSync(path.join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

it.each(docs)('%s names only npm scripts that exist', (file) => {
  const named = [...read(file).matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]);
  for (const script of named) expect(Object.keys(pkg.scripts)).toContain(script);
});

it.each(docs)('%s names only files of the repository that exist', (file) => {
  // A path in backticks under a folder of the repository (`scripts/zip.mjs`); built output is not in a
  // clone: the built folders, and what .gitignore names from the root (`/app/package-lock.json`, `/app/spec/`).
  const built = ['dist', 'dist-relay', 'build', 'node_modules'];
  const ignored = read('.gitignore')
    .split('\n')
    .filter((line) => line.startsWith('/'))
    .map((line) => line.slice(1));
  for (const [, named] of read(file).matchAll(/`([\w.-]+\/[\w./-]+\.\w+)`/g)) {
    const folder = named.split('/')[0];
    if (built.includes(folder) || !fs.existsSync(path.join(root, folder))) continue;
    if (ignored.some((entry) => named === entry || (entry.endsWith('/') && named.startsWith(entry)))) continue;
    expect({ file, named, exists: fs.existsSync(path.join(root, named)) }).toEqual({ file, named, exists: true });
  }
});

it.each(docs)('%s links only to files and anchors that exist', (file) => {
  for (const [, target, anchor] of read(file).matchAll(/\]\(((?!https?:)[^)#\s]*)(?:#([^)\s]+))?\)/g)) {
    const linked = target ? path.join(path.dirname(file), target) : file;
    expect({ file, linked, exists: fs.existsSync(path.join(root, linked)) }).toEqual({ file, linked, exists: true });
    if (anchor && linked.endsWith('.md')) {
      const text = read(linked);
      const headings = [...text.matchAll(/^#+ (.+)$/gm)].map((m) =>
        m[1]
          .toLowerCase()
          .replace(/[^\w\s-]/g, '')
          .replace(/\s/g, '-'),
      );
      expect({ linked, anchor, found: text.includes(`<a id="${anchor}">`) || headings.includes(anchor) }).toEqual({
        linked,
        anchor,
        found: true,
      });
    }
  }
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

  it('cover the four Rankr patterns', () => {
    expect(recipes).toEqual(
      expect.arrayContaining([
        'view-contact-in-rankr.md',
        'rankr-task-to-highlevel-task.md',
        'rankr-tag-to-highlevel-tag.md',
        'contact-sync.md',
      ]),
    );
  });

  it.each(recipes)('%s names only steps and fields that exist', (file) => {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const [, key] of text.matchAll(/`([a-z][a-z_]+)`/g)) {
      if (key.includes('_')) expect(steps.map((s) => s.key)).toContain(key);
    }
    for (const [, key, field] of text.matchAll(/`([a-z][a-z_]+)\.([A-Za-z]+)`/g)) {
      const step = steps.find((s) => s.key === key);
      expect({ key, field, exists: Boolean(step?.fields.some((f) => f.key === field)) }).toEqual({ key, field, exists: true });
    }
  });
});
