#!/usr/bin/env node
// Benchmark (not a timed test): how long the built app takes to load compared with
// zapier-platform-core alone; how big build.zip is compared with the zip of an app that is core alone
// (the floor), both made by scripts/zip.mjs with the same CLI command; the CPU of a warm invocation
// through core's own handler beside a one-step app (scripts/invocation-cost.mjs); requests per poll.
// docs/development.md quotes the figures with the machine state they were measured in.
//   npm run bench   (builds build/build.zip first when it is missing; offline, no Zapier login)
//   BENCH_RUNS=21 npm run bench   (fresh processes per load-time figure; default 15)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, zipApp } from './zip.mjs';

const zip = join(root, 'build', 'build.zip');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

if (!existsSync(zip)) execFileSync('npm', ['run', '--silent', 'zip'], { cwd: root, stdio: 'inherit' });

const scratch = mkdtempSync(join(tmpdir(), 'ghl-bench-'));
const unpacked = join(scratch, 'app');
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

const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;

try {
  const core = median("require('zapier-platform-core')", unpacked);
  const app = median("require('zapier-platform-core');const app=require('./index.js');if(!app.triggers)throw new Error('no app')", unpacked);
  // The floor: an app that is nothing but zapier-platform-core, zipped like ours.
  const coreVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).dependencies['zapier-platform-core'];
  const floor = zipApp({
    packageJson: { name: 'core-only', version: '1.0.0', private: true, main: 'index.js', dependencies: { 'zapier-platform-core': coreVersion } },
    files: {
      'index.js': "module.exports = { version: '1.0.0', platformVersion: require('zapier-platform-core').version };\n",
      '.zapierapprc': { path: '.zapierapprc' }, // the .mjs files core's dependencies need
    },
    out: join(scratch, 'floor.zip'),
  });
  const size = statSync(zip).size;
  console.log(`node ${process.version}, median of ${RUNS} fresh processes`);
  console.log(`zapier-platform-core alone: ${core.toFixed(1)} ms`);
  const diff = app - core;
  console.log(`core + built app:           ${app.toFixed(1)} ms (${diff >= 0 ? '+' : '−'}${Math.abs(diff).toFixed(1)} ms)`);
  console.log(`build/build.zip:            ${kib(size)}`);
  console.log(`core-only app's zip:        ${kib(floor)} (the floor)`);
  console.log(`build.zip / floor:          ${(size / floor).toFixed(2)}`);
  // Imported only now: they load core and the built app in this process.
  const { invocationCost } = await import('./invocation-cost.mjs');
  const cost = await invocationCost();
  const ms = ({ cpuMs, wallMs }) => `${cpuMs.toFixed(1)} ms CPU (${wallMs.toFixed(1)} ms wall)`;
  console.log(`warm invocation, median of ${cost.runs} (${cost.trigger} through core's handler):`);
  console.log(`  this app:                 ${ms(cost.app)}, definition of ${cost.definitionNodes} values`);
  console.log(`  the same step alone:      ${ms(cost.stepAlone)}`);
  console.log(`  a one-step app:           ${ms(cost.oneStep)}`);
  console.log(`  this app / one-step app:  ${cost.ratio.toFixed(1)}×`);
  const { requestsPerPoll } = await import('./poll-cost.mjs');
  const polls = await requestsPerPoll();
  const ordinary = Object.values(polls).map(([, next]) => next);
  const firstMore = Object.entries(polls).filter(([, [first, next]]) => first > next).map(([key]) => key);
  console.log(`requests per ordinary poll:  ${Math.max(...ordinary)} at most, over ${ordinary.length} polling triggers` +
    (firstMore.length ? ` (one more on the first poll of ${firstMore.join(', ')}: it fills Zapier's cache)` : ''));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
