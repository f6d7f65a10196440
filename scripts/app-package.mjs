#!/usr/bin/env node
// Fills app/, the package Zapier runs, for `zapier-platform push` (and build) run in app/: its
// `_zapier-build` script, which the CLI runs first, is this file. The CLI then copies app/ to a temp
// folder, runs `npm install --production` there and zips what the app loads. It copies a folder
// file by file, all at once: the repository root, whose node_modules holds the dev tools (about 50,000
// files), stops it with EMFILE, and its zip would carry every package.json installed. app/ is small.
//   - builds the app at the root (`npm run build`; `--no-build` stages the dist/ already built),
//   - copies in what runs: index.js, dist/app.js, dist/zod.js, spec/webhook-events.json (the documented
//     event bodies the app-event triggers' samples are read from on first use),
//   - writes app/package-lock.json: the root lockfile's entries for zapier-platform-core and what it
//     needs, so the CLI's install in its copy puts exactly the root's packages at the same paths, from
//     npm's cache (app/.npmrc: prefer-offline; `npm ci` at the root filled the cache).
// app/package.json, app/.npmrc and app/.gitignore are committed; app/.zapierapprc links to the root's.
//   node scripts/app-package.mjs [--no-build] [folder]   (folder: app/ unless given)
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The files app/ holds besides its package.json, copied from the root after the build. */
export const runtimeFiles = ['index.js', 'dist/app.js', 'dist/zod.js', 'spec/webhook-events.json'];

const readJson = (path) => JSON.parse(fs.readFileSync(path, 'utf8'));

/** The lock path of the package that holds `path` in its node_modules ('' for the root). */
const parentOf = (path) => {
  const at = path.lastIndexOf('node_modules/');
  return at === 0 ? '' : path.slice(0, at - 1);
};

/**
 * A lockfile for a package whose `dependencies` are installed at the root: the root lockfile's
 * entries for them and everything they need, found as Node finds them (the nearest node_modules up).
 */
export const lockFor = (pkg, rootLock = readJson(join(root, 'package-lock.json'))) => {
  const packages = {
    '': { name: pkg.name, license: pkg.license, dependencies: pkg.dependencies },
  };
  const visit = (name, from, optional) => {
    for (let dir = from; ; dir = parentOf(dir)) {
      const path = `${dir ? `${dir}/` : ''}node_modules/${name}`;
      const entry = rootLock.packages[path];
      if (entry && !entry.link) {
        if (packages[path]) return;
        packages[path] = entry;
        for (const dep of Object.keys(entry.dependencies ?? {})) visit(dep, path, false);
        for (const dep of Object.keys(entry.optionalDependencies ?? {})) visit(dep, path, true);
        // A peer dependency is installed with its dependent unless marked optional (npm leaves those out).
        for (const dep of Object.keys(entry.peerDependencies ?? {})) {
          if (!entry.peerDependenciesMeta?.[dep]?.optional) visit(dep, path, false);
        }
        return;
      }
      if (!dir) break;
    }
    if (!optional) throw new Error(`${name} (needed by ${from || 'app/package.json'}) is not in package-lock.json`);
  };
  for (const name of Object.keys(pkg.dependencies)) visit(name, '', false);
  const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { name: pkg.name, lockfileVersion: 3, requires: true, packages: sorted };
};

/** Copies the built app into `dir` and writes its lockfile; `dir` holds its package.json already. */
export function stageApp(dir) {
  const rootPkg = readJson(join(root, 'package.json'));
  const pkg = readJson(join(dir, 'package.json'));
  // No version of its own: the app's is the root's (index.ts reads it). Core is the one the root installed.
  const core = 'zapier-platform-core';
  if (pkg.dependencies?.[core] !== rootPkg.dependencies[core] || Object.keys(pkg.dependencies).length !== 1) {
    throw new Error(`app/package.json must depend on ${core} ${rootPkg.dependencies[core]} alone, as the root does`);
  }
  for (const file of runtimeFiles) {
    if (!fs.existsSync(join(root, file))) throw new Error(`${file} is missing: run npm run build`);
    fs.mkdirSync(dirname(join(dir, file)), { recursive: true });
    fs.copyFileSync(join(root, file), join(dir, file));
  }
  fs.writeFileSync(join(dir, 'package-lock.json'), `${JSON.stringify(lockFor(pkg), null, 2)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dir = resolve(args.find((arg) => !arg.startsWith('--')) ?? join(root, 'app'));
  if (!args.includes('--no-build')) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  stageApp(dir);
}
