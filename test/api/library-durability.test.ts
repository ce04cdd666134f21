import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScenarioLibrary } from '../../src/library/store.ts';
import { ScenarioSpec } from '../../src/schema/scenario.ts';
import { listenUrl } from '../helpers/listen.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const PACK = 'ben-tre-2021-2025';
/** Bounds of the loop: at most this many saves, and no longer than this. */
const MAX_SAVES = 150;
const MAX_MS = 15_000;
/** The kill comes after this many acknowledged saves, with more in flight. */
const KILL_AFTER = 25;
const WRITERS = 3;

describe('the library in a real server process', () => {
  it('survives a SIGKILL mid-save: integrity_check ok, versions 1..N without gaps, each complete and valid, none acknowledged lost', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'plancast-kill-')), 'data', 'lib.db');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/api/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', PLANCAST_DATA: file },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_c, sig) => resolve(sig)),
    );
    const url = await listenUrl(child).url;

    let acknowledged = 0;
    let attempted = 0;
    let killed = false;
    const started = Date.now();
    // Several writers at once, each saving a scenario whose body differs per save (growth.II moves).
    const writer = async (w: number) => {
      while (!killed && attempted < MAX_SAVES && Date.now() - started < MAX_MS) {
        const i = attempted++;
        const body = {
          pack: PACK,
          scenario: { model: PACK, assumptions: { growth: { II: 10 + (i % 20) / 2 } } },
          note: `writer ${w}, save ${i}: ${'ghi chú '.repeat(50)}`,
        };
        try {
          const r = await fetch(`${url}/api/library/${encodeURIComponent('Kịch bản bền')}/versions`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          });
          if (r.status === 201) acknowledged++;
          else throw new Error(`save ${i}: ${r.status} ${await r.text()}`);
        } catch (e) {
          if (!killed) throw e;
          return; // the server died under this request: it may or may not have committed
        }
        if (acknowledged >= KILL_AFTER && !killed) {
          killed = true;
          child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
    if (!killed) child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(acknowledged).toBeGreaterThanOrEqual(KILL_AFTER);

    const lib = ScenarioLibrary.open(file);
    try {
      expect(lib.integrityCheck()).toBe('ok');
      const versions = lib.history('Kịch bản bền').versions.map((v) => v.version);
      expect(versions).toEqual(Array.from({ length: versions.length }, (_, i) => i + 1));
      // Every acknowledged save is there; at most the ones in flight at the kill were added besides.
      expect(versions.length).toBeGreaterThanOrEqual(acknowledged);
      expect(versions.length).toBeLessThanOrEqual(attempted);
      for (const v of versions) {
        const shown = lib.show('Kịch bản bền', v);
        expect(ScenarioSpec.safeParse(shown.scenario).success).toBe(true);
        expect(shown.note).toMatch(/^writer \d, save \d+: /);
      }
    } finally {
      lib.close();
    }
  }, 60_000);

  it('is opened at start from PLANCAST_DATA and closed on SIGTERM (the WAL is checkpointed and removed)', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'plancast-term-')), 'lib.db');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/api/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', PLANCAST_DATA: file },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    const url = await listenUrl(child).url;
    // Opened at start: the file and its WAL exist before any library request.
    expect(existsSync(file)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(true);
    const r = await fetch(`${url}/api/library/a/versions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pack: PACK, scenario: { model: PACK } }),
    });
    expect(r.status).toBe(201);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    // The last connection closed cleanly: SQLite checkpoints the WAL into the file and deletes it.
    expect(existsSync(`${file}-wal`)).toBe(false);
    const lib = ScenarioLibrary.open(file);
    expect(lib.show('a').version).toBe(1);
    lib.close();
  }, 60_000);
});
