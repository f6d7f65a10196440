#!/usr/bin/env node
// Makes build/build.zip with the Zapier CLI (`zapier-platform build --skip-npm-install --skip-validation`,
// which also loads the zipped app to test it), run in a staged copy of the app. The CLI zips every
// package.json under node_modules, the dev tools' too (about 750 KB here), so the stage holds only what
// runs: index.js, dist/ (the app and the part of zod it uses), spec/webhook-events.json (the documented
// event bodies the app-event triggers' samples are made of, read on first use), .zapierapprc and the
// runtime dependencies, hard-linked.
// The benchmark zips a core-only app the same way for its floor.
//   npm run zip   (after npm run build)
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'node_modules', 'zapier-platform-cli', 'src', 'bin', 'run');

/** The installed package dirs (relative to root) that `dependencies` need at run time, as Node resolves them. */
const runtimeClosure = (dependencies) => {
  const found = new Set();
  const visit = (name, from, optional) => {
    for (let dir = from; ; dir = dirname(dir)) {
      const candidate = join(dir === '.' ? '' : dir, 'node_modules', name);
      if (!dir.endsWith('node_modules') && fs.existsSync(join(root, candidate, 'package.json'))) {
        if (found.has(candidate)) return;
        found.add(candidate);
        const pkg = JSON.parse(fs.readFileSync(join(root, candidate, 'package.json'), 'utf8'));
        for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep, candidate, false);
        for (const dep of Object.keys(pkg.optionalDependencies ?? {})) visit(dep, candidate, true);
        return;
      }
      if (dir === '.') break;
    }
    if (!optional) throw new Error(`${name} (needed by ${from}) is not installed`);
  };
  for (const name of Object.keys(dependencies)) visit(name, '.', false);
  return [...found];
};

/** Hard-links a package's files into the stage, leaving out its own node_modules (staged on their own). */
const linkPackage = (rel, stage) => {
  for (const entry of fs.readdirSync(join(root, rel), { withFileTypes: true, recursive: true })) {
    const from = join(entry.parentPath, entry.name);
    const inPackage = from.slice(join(root, rel).length + 1);
    if (inPackage === 'node_modules' || inPackage.startsWith('node_modules/')) continue;
    const to = join(stage, rel, inPackage);
    if (entry.isDirectory()) fs.mkdirSync(to, { recursive: true });
    else {
      fs.mkdirSync(dirname(to), { recursive: true });
      if (entry.isSymbolicLink()) fs.symlinkSync(fs.readlinkSync(from), to);
      else fs.linkSync(from, to);
    }
  }
};

/**
 * Zips an app made of `packageJson` (its `dependencies` are staged from this project's node_modules) and
 * `files`, a map from a path in the app to its content or to `{ path }`, a file of this project.
 * Returns the zip's size in bytes.
 */
export function zipApp({ packageJson, files, out }) {
  const stage = fs.mkdtempSync(join(tmpdir(), 'ghl-zip-'));
  try {
    fs.writeFileSync(join(stage, 'package.json'), JSON.stringify(packageJson, null, 2));
    // The CLI also writes a source.zip (unused here): keep node_modules out of it.
    fs.writeFileSync(join(stage, '.gitignore'), 'node_modules/\n');
    for (const [name, source] of Object.entries(files)) {
      fs.mkdirSync(dirname(join(stage, name)), { recursive: true });
      if (source.path) fs.copyFileSync(join(root, source.path), join(stage, name));
      else fs.writeFileSync(join(stage, name), source);
    }
    for (const rel of runtimeClosure(packageJson.dependencies)) linkPackage(rel, stage);
    execFileSync(process.execPath, [cli, 'build', '--skip-npm-install', '--skip-validation'], {
      cwd: stage,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    fs.mkdirSync(dirname(out), { recursive: true });
    fs.copyFileSync(join(stage, 'build', 'build.zip'), out);
    return fs.statSync(out).size;
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const {
    name,
    version,
    description,
    private: priv,
    main,
    license,
    dependencies,
  } = JSON.parse(fs.readFileSync(join(root, 'package.json'), 'utf8'));
  // No scripts: the CLI would run `_zapier-build` (a second `npm run build`) in the stage. The app bundle
  // leaves only zapier-platform-core outside (build's esbuild --external); the other dependencies are the
  // event relay's (relay/), deployed on its own.
  const app = { 'zapier-platform-core': dependencies['zapier-platform-core'] };
  const packageJson = { name, version, description, private: priv, main, license, dependencies: app };
  const files = Object.fromEntries(
    ['index.js', 'dist/app.js', 'dist/zod.js', 'spec/webhook-events.json', '.zapierapprc'].map((f) => [f, { path: f }]),
  );
  const size = zipApp({ packageJson, files, out: join(root, 'build', 'build.zip') });
  console.log(`build/build.zip: ${(size / 1024).toFixed(0)} KiB`);
  // `zapier-platform upload` (npm run deploy) sends build.zip with the source Zapier keeps for review:
  // the committed project, as git has it.
  try {
    execFileSync('git', ['archive', '--format=zip', '-o', join(root, 'build', 'source.zip'), 'HEAD'], { cwd: root, stdio: 'ignore' });
  } catch {
    console.log('build/source.zip not written (not a git checkout); npm run deploy needs it.');
  }
}
