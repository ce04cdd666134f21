#!/usr/bin/env node
// `npm test`: everything a test needs is prepared here (Chromium, the web build), then vitest runs
// every suite and we print the plain closing line `N passed, N failed` that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }).status ?? 1;

if (existsSync(path.join(root, 'scripts/ensure-chromium.sh')) && run('bash', ['scripts/ensure-chromium.sh']) !== 0)
  console.warn('test: could not install Chromium; browser tests will fail');
if (existsSync(path.join(root, 'web/vite.config.ts')) && run('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']) !== 0) {
  console.error('test: the web build failed');
  process.exit(1);
}

const report = path.join(root, '.vitest-report.json');
rmSync(report, { force: true });
const extra = process.argv.slice(2);
const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra]);
let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed = r.numPassedTests ?? 0;
  failed = (r.numFailedTests ?? 0) + (r.numFailedTestSuites ?? 0) - (r.numFailedTestSuites && r.numFailedTests ? 0 : 0);
  failed = r.numFailedTests ?? 0;
  if ((r.numFailedTestSuites ?? 0) > 0 && failed === 0) failed = r.numFailedTestSuites;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(status === 0 && failed === 0 && passed > 0 ? 0 : 1);
