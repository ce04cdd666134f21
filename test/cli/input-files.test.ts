import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_BYTES } from '../../src/io/read-json.ts';
import { runCli } from '../helpers/cli.ts';
import { TINY_DIR } from '../helpers/tiny.ts';

/** Issue 16, items 2-4: what the CLI reads, and how it says what is wrong (exit 2, the path named). */
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const dir = mkdtempSync(path.join(tmpdir(), 'plancast-inputs-'));

/** The CLI with a short timeout: a regression here reads without end or waits forever. */
function cli(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'plancast.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
    maxBuffer: 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

describe('plancast reads only regular files, with a byte cap', () => {
  it('refuses a device (/dev/zero: stat says 0 bytes) with exit 2', () => {
    const r = cli(['run', '/dev/zero']);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('/dev/zero: is not a regular file');
  });

  it('refuses a FIFO without a writer instead of waiting on it', () => {
    const fifo = path.join(dir, 'fifo.json');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const r = cli(['run', fifo]);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${fifo}: is not a regular file`);
  });

  it('refuses a file over the cap, counted while reading', () => {
    const big = path.join(dir, 'big.json');
    writeFileSync(big, `{"model":"tiny","x":"${' '.repeat(MAX_JSON_BYTES)}"}`);
    const r = cli(['run', big]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`larger than ${MAX_JSON_BYTES} bytes`);
  });
});

describe('exit codes and messages', () => {
  it('a directory as the scenario: exit 2 naming it, not "unexpected failure: EISDIR"', () => {
    const d = path.join(dir, 'a-directory');
    mkdirSync(d);
    const r = runCli(['run', d]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${d}: is a directory`);
    expect(r.stderr).not.toContain('unexpected');
  });

  it('a directory in place of a pack file: exit 2 naming the file', () => {
    const pack = path.join(dir, 'pack');
    mkdirSync(pack);
    mkdirSync(path.join(pack, 'model.json'));
    const r = runCli(['run', 'plan-low', '--model', pack]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${path.join(pack, 'model.json')}: is a directory`);
  });

  it('a symbolic link loop says so', () => {
    const a = path.join(dir, 'loop-a.json');
    const b = path.join(dir, 'loop-b.json');
    symlinkSync(b, a);
    symlinkSync(a, b);
    const r = runCli(['run', a]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${a}: symbolic link loop`);
    expect(r.stderr).not.toContain('no such file');
  });

  it('an unknown scenario name lists the shipped names', () => {
    const r = runCli(['run', 'plan-middle']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no shipped scenario "plan-middle"');
    for (const name of ['plan-midpoint', 'plan-low', 'plan-high', 'covid-2021', 'trend'])
      expect(r.stderr).toContain(name);
  });

  it('combined shocks that take a level below zero: exit 2 naming the shocks and the year', () => {
    const file = path.join(dir, 'ten-shocks.json');
    const shocks = Array.from({ length: 10 }, () => ({ sector: 'II', year: 2021, sizePp: -50 }));
    writeFileSync(file, JSON.stringify({ model: 'tiny', shocks }));
    const r = runCli(['run', file, '--model', TINY_DIR]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/shocks\.0, shocks\.1, .* together take sector II real growth in 2021 to -/);
  });

  it('exits quietly when the reader of stdout goes away (plancast targets | head -3)', async () => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'plancast.mjs'), 'targets'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy(); // the reader is gone before the first line: every write fails with EPIPE
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
