import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Runs the compiled CLI in one process and says whether any mathjs module was loaded. */
function loadsMathjs(pack: string): boolean {
  const script = `
    import { createRequire } from 'node:module';
    const { main } = await import('./dist/cli/main.js');
    const ctx = { out: () => {}, err: (s) => process.stderr.write(s), isTTY: false, exitCode: 0 };
    const code = await main(['node', 'plancast', 'targets', '--model', ${JSON.stringify(pack)}], ctx);
    if (code !== 0) process.exit(10 + code);
    const cache = createRequire(import.meta.url).cache;
    process.stdout.write(String(Object.keys(cache).some((k) => k.includes('mathjs'))));
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout === 'true';
}

describe('mathjs is loaded only for a pack with a formula', () => {
  it('a pack without formulas never loads it; a pack with one does', () => {
    expect(runCli(['targets', '--json']).code).toBe(0); // dist/ built and fresh
    expect(loadsMathjs(path.join('test', 'fixtures', 'tiny-pack'))).toBe(false);
    expect(loadsMathjs('ben-tre-2021-2025')).toBe(false);
    expect(loadsMathjs(path.join('test', 'fixtures', 'formula-pack'))).toBe(true);
  });
});
