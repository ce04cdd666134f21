#!/usr/bin/env node
// `npm start`: builds the page if needed, then serves the API and the page on 127.0.0.1:3000.
// Until the server exists, runs the default scenario in the terminal.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
register();
if (existsSync(path.join(root, 'src/api/main.ts'))) {
  if (existsSync(path.join(root, 'web/vite.config.ts'))) {
    const built = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  await import('../src/api/main.ts');
} else {
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main([process.argv[0], 'plancast', 'run', ...process.argv.slice(2)]);
}
