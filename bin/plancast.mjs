#!/usr/bin/env node
// Runs the compiled CLI, dist/cli/main.js (built by `npm install`, rebuilt here first when a source
// changed since: scripts/build.mjs; the check costs a few ms). Where it cannot be built, runs the
// TypeScript sources through tsx.
import { ensureBuilt } from '../scripts/build.mjs';

let main;
if (await ensureBuilt()) ({ main } = await import('../dist/cli/main.js'));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv);
