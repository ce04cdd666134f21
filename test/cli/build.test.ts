import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FORMAT, ROOT, isFresh, type Stamp } from '../../scripts/build.mjs';
import { runCli } from '../helpers/cli.ts';
import { listenUrl } from '../helpers/listen.ts';

describe('dist/ freshness stamp', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'plancast-stamp-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const a = path.join(dir, 'src', 'a.ts');
  const when = new Date('2025-12-31T00:00:00Z');
  mkdirSync(path.join(dir, 'dist', 'cli'), { recursive: true });
  mkdirSync(path.join(dir, 'src'));
  writeFileSync(a, 'export {};\n');
  writeFileSync(path.join(dir, 'dist', 'cli', 'main.js'), 'export {};\n');
  const stamp = (over: object = {}) =>
    writeFileSync(
      path.join(dir, 'dist', 'build.json'),
      JSON.stringify({
        format: FORMAT,
        inputs: { 'src/a.ts': when.getTime() },
        entries: ['dist/cli/main.js'],
        ...over,
      }),
    );

  it('is fresh while every input keeps the mtime it had when built, even one in the future', () => {
    utimesSync(a, when, when);
    stamp();
    expect(isFresh(dir)).toBe(true);
    const future = new Date(Date.now() + 86_400_000);
    utimesSync(a, future, future);
    stamp({ inputs: { 'src/a.ts': statSync(a).mtimeMs } });
    expect(isFresh(dir)).toBe(true);
  });

  it('is stale when an input changed or was removed, an entry is missing, or there is no stamp', () => {
    utimesSync(a, when, when);
    stamp({ inputs: { 'src/a.ts': when.getTime() - 1000 } });
    expect(isFresh(dir)).toBe(false);
    stamp({ inputs: { 'src/a.ts': -1 } }); // changed while it was being built
    expect(isFresh(dir)).toBe(false);
    stamp({ inputs: { 'src/a.ts': when.getTime(), 'src/gone.ts': when.getTime() } });
    expect(isFresh(dir)).toBe(false);
    stamp({ entries: ['dist/x.js'] });
    expect(isFresh(dir)).toBe(false);
    stamp({ format: -1 });
    expect(isFresh(dir)).toBe(false);
    rmSync(path.join(dir, 'dist', 'build.json'));
    expect(isFresh(dir)).toBe(false);
  });
});

describe('the compiled entry points', () => {
  it('bin/plancast.mjs runs dist/cli/main.js, built from every CLI source', () => {
    const r = runCli(['targets', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(50);
    // Fresh after the run: the spawned CLI imported dist/cli/main.js, not the sources through tsx.
    expect(isFresh()).toBe(true);
    const stamp = JSON.parse(readFileSync(path.join(ROOT, 'dist', 'build.json'), 'utf8')) as Stamp;
    expect(stamp.entries).toEqual([
      'dist/cli/main.js',
      'dist/api/main.js',
      'dist/api/worker.js',
      // mathjs's parser alone, required only for a pack with a formula (src/io/formula-parser.ts)
      'dist/formula/mathjs-parse.cjs',
    ]);
    for (const src of [
      'src/cli/main.ts',
      'src/cli/commands/simulate.ts',
      'src/io/paths.ts',
      'src/api/tasks.ts',
    ])
      expect(Object.keys(stamp.inputs)).toContain(src);
  });

  it('dist/api/main.js serves, and runs heavy work in its compiled worker (dist/api/worker.js)', async () => {
    const child = spawn(process.execPath, [path.join('dist', 'api', 'main.js')], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const listening = listenUrl(child);
      const url = await listening.url;
      const health = (await (await fetch(`${url}/api/health`)).json()) as { version: string };
      expect(health.version).toBe(
        (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version,
      );
      const r = await fetch(`${url}/api/sensitivity`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ scenario: { model: 'ben-tre-2021-2025' } }),
      });
      expect(r.status).toBe(200);
      expect(((await r.json()) as { rows: unknown[] }).rows.length).toBeGreaterThan(0);
    } finally {
      const code = await new Promise<number | null>((resolve) => {
        child.on('exit', (c) => resolve(c));
        child.kill('SIGTERM');
      });
      expect(code).toBe(0);
    }
  }, 60_000);
});
