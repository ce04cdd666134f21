#!/usr/bin/env node
// `npm test`: prepares what the tests need (Debian's Chromium, the web build), runs every suite with
// vitest — the browser suites on their own afterwards, so timing-sensitive checks never share the two
// cores with the rest — and prints the plain closing line `N passed, N failed` that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }).status ?? 1;
const extra = process.argv.slice(2);

if (run('bash', ['scripts/ensure-chromium.sh']) !== 0) console.warn('test: could not install Chromium; browser tests will fail');
if (run('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']) !== 0) {
  console.error('test: the web build failed');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

/** Runs one vitest pass and returns its counts from the JSON reporter. */
function vitest(name, args) {
  const report = path.join(root, `.vitest-report-${name}.json`);
  rmSync(report, { force: true });
  const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args]);
  if (!existsSync(report)) return { status, passed: 0, failed: 1 };
  const r = JSON.parse(readFileSync(report, 'utf8'));
  rmSync(report, { force: true });
  // A suite that fails to load has no failed tests but must still count as a failure.
  const failed = (r.numFailedTests ?? 0) + (r.numFailedTests ? 0 : (r.numFailedTestSuites ?? 0));
  return { status, passed: r.numPassedTests ?? 0, failed };
}

const passes = extra.length > 0 ? [vitest('args', extra)] : [vitest('main', ['--exclude', 'test/e2e/**']), vitest('e2e', ['test/e2e'])];
const passed = passes.reduce((a, p) => a + p.passed, 0);
const failed = passes.reduce((a, p) => a + p.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(passes.every((p) => p.status === 0) && failed === 0 && passed > 0 ? 0 : 1);
