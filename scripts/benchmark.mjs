#!/usr/bin/env node
// Load-time and size benchmark (not a timed test): how long the built app takes to load compared
// with zapier-platform-core alone, and how big build.zip is. Figures go in the README.
//   npm run bench   (builds build/build.zip first when it is missing)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const zip = join(root, 'build', 'build.zip');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

if (!existsSync(zip)) execFileSync('npm', ['run', '--silent', 'zip'], { cwd: root, stdio: 'inherit' });

const unpacked = mkdtempSync(join(tmpdir(), 'ghl-bench-'));
execFileSync('python3', ['-c', `import zipfile,sys; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])`, zip, unpacked]);

/** Median wall time, in ms, of a fresh Node process that runs `code` in `cwd`. */
const median = (code, cwd) => {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const out = spawnSync(process.execPath, ['-e', `const t=process.hrtime.bigint();${code};process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6))`], { cwd, encoding: 'utf8' });
    if (out.status !== 0) throw new Error(out.stderr);
    times.push(Number(out.stdout));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
};

try {
  const core = median("require('zapier-platform-core')", unpacked);
  const app = median("require('zapier-platform-core');const app=require('./index.js');if(!app.triggers)throw new Error('no app')", unpacked);
  const size = statSync(zip).size;
  console.log(`node ${process.version}, median of ${RUNS} fresh processes`);
  console.log(`zapier-platform-core alone: ${core.toFixed(1)} ms`);
  console.log(`core + built app:           ${app.toFixed(1)} ms (+${(app - core).toFixed(1)} ms)`);
  console.log(`build/build.zip:            ${(size / 1024 / 1024).toFixed(2)} MiB`);
} finally {
  rmSync(unpacked, { recursive: true, force: true });
}
