// Zips an app staged apart from this project with the Zapier CLI (`zapier-platform build
// --skip-npm-install --skip-validation`, which also loads the zipped app to test it): the benchmark's
// floor, an app that is core alone. The stage holds only what runs: the given files and the runtime
// dependencies, hard-linked from node_modules (the CLI zips every package.json it finds under
// node_modules, so the dev tools' stay out).
// The app's own build.zip is made in app/ as `zapier-platform push` makes it (scripts/app-package.mjs,
// npm run zip); the two are made alike: the files the app loads, and each installed package's package.json.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lockFor } from './app-package.mjs';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'node_modules', 'zapier-platform-cli', 'src', 'bin', 'run');

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
    // The packages app/'s lockfile would hold for these dependencies (app-package.mjs): both zips alike.
    for (const rel of Object.keys(lockFor(packageJson).packages).filter(Boolean)) linkPackage(rel, stage);
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
