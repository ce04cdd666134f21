#!/usr/bin/env node
// `npm start`: builds the page if needed, then serves the API and the page on 127.0.0.1:3000 from the
// compiled server, dist/api/main.js (rebuilt first when a source changed, see scripts/build.mjs;
// the TypeScript sources through tsx where it cannot be built).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from '../scripts/build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (existsSync(path.join(root, 'web/vite.config.ts'))) {
  const built = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
if (await ensureBuilt()) await import('../dist/api/main.js');
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/api/main.ts');
}
