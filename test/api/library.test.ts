import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { ScenarioLibrary } from '../../src/library/store.ts';
import { expectProblem, post } from './helpers.ts';

const PACK = 'ben-tre-2021-2025';
const file = path.join(mkdtempSync(path.join(tmpdir(), 'plancast-api-lib-')), 'lib.db');
const app = buildApp({ rateLimit: false, workerThreads: 1, libraryFile: file });
afterAll(() => app.close());

const scenario = (II: number) => ({
  model: PACK,
  assumptions: { growth: { I: 4.35, II, III: 7.8, T: 14.2 } },
});
const NAME = 'Phương án cao';
const url = (name: string, rest = '') => `/api/library/${encodeURIComponent(name)}${rest}`;
const save = (name: string, body: Record<string, unknown>) => post(app, url(name, '/versions'), body);

describe('/api/library (inject)', () => {
  it('saves version 1 and 2 of a Vietnamese name (percent-decoded, NFC) and lists it', async () => {
    const a = await save(NAME.normalize('NFD'), {
      pack: PACK,
      scenario: scenario(16),
      note: 'đầu',
      baseVersion: 0,
    });
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json()).toEqual({ name: NAME, version: 1 });
    const b = await save(NAME, { pack: PACK, scenario: scenario(10), author: 'Lan', baseVersion: 1 });
    expect(b.json()).toEqual({ name: NAME, version: 2 });
    const list = (await app.inject(url('').replace(/\/$/, ''))).json();
    expect(list.scenarios).toMatchObject([
      { name: NAME, pack: PACK, versions: 2, latest: { version: 2, author: 'Lan' } },
    ]);
  });

  it('answers a save on a stale baseVersion with 409 problem+json carrying the latest version, and saves nothing', async () => {
    const r = await save(NAME, { pack: PACK, scenario: scenario(12), baseVersion: 1 });
    const body = expectProblem(r, 409) as ReturnType<typeof expectProblem> & { latest: number };
    expect(body.latest).toBe(2);
    expect(body.problems[0]).toMatchObject({
      code: 'version_conflict',
      path: ['baseVersion'],
      value: 1,
      allowed: '2',
    });
    expect((await app.inject(url(NAME))).json().versions).toHaveLength(2);
  });

  it('keeps CJK names and 80-character Vietnamese names (longer than the route parameter limit once encoded)', async () => {
    expect((await save('高增长方案', { pack: PACK, scenario: scenario(17) })).statusCode).toBe(201);
    const long = 'ệ'.repeat(80);
    const r = await save(long, { pack: PACK, scenario: scenario(17) });
    expect(r.statusCode, r.body).toBe(201);
    expect((await app.inject(url(long))).json()).toMatchObject({ name: long, versions: [{ version: 1 }] });
  });

  it('refuses an 81-character name, a long note, a bad scenario and an unknown pack, naming field and allowed', async () => {
    const name = expectProblem(await save('a'.repeat(81), { pack: PACK, scenario: scenario(16) }), 400);
    expect(name.problems[0]).toMatchObject({ path: ['name'], allowed: '1 to 80 characters' });
    const ctrl = expectProblem(await save('a\tb', { pack: PACK, scenario: scenario(16) }), 400);
    expect(ctrl.problems[0]!.message).toContain('no control characters');
    const note = expectProblem(
      await save('n', { pack: PACK, scenario: scenario(16), note: 'x'.repeat(2001) }),
      400,
    );
    expect(note.problems[0]).toMatchObject({ path: ['note'] });
    const bad = expectProblem(await save('n', { pack: PACK, scenario: scenario(55) }), 400);
    expect(bad.problems[0]).toMatchObject({ path: ['scenario', 'assumptions', 'growth', 'II'], value: 55 });
    const pack = expectProblem(await save('n', { pack: 'nope', scenario: { model: 'nope' } }), 422);
    expect(pack.problems[0]).toMatchObject({ code: 'unknown_model', path: ['pack'] });
    const mismatch = expectProblem(
      await save('n', { pack: 'vinh-long-2026-2030', scenario: scenario(16) }),
      400,
    );
    expect(mismatch.problems[0]).toMatchObject({ code: 'wrong_model', allowed: PACK });
  });

  it('shows a version, and 404s an unknown name or version, 400s a version that is not a number', async () => {
    const v = (await app.inject(url(NAME, '/versions/1'))).json();
    expect(v).toMatchObject({ name: NAME, version: 1, note: 'đầu', scenario: scenario(16) });
    expectProblem(await app.inject(url('không có')), 404);
    expect(expectProblem(await app.inject(url(NAME, '/versions/3')), 404).problems[0]).toMatchObject({
      allowed: '1 to 2',
    });
    expectProblem(await app.inject(url(NAME, '/versions/abc')), 400);
    expectProblem(await app.inject(url(NAME, '/versions/0')), 400);
  });

  it('diffs the versions: growth.II 16 → 10 and growth-sector-ii met → missed; from after to is a 400', async () => {
    const d = (await app.inject(url(NAME, '/diff'))).json();
    expect(d).toMatchObject({ name: NAME, from: 1, to: 2 });
    expect(d.assumptions).toEqual([
      expect.objectContaining({ path: 'assumptions.growth.II', from: 16, to: 10 }),
    ]);
    expect(d.statuses).toContainEqual(
      expect.objectContaining({ id: 'growth-sector-ii', from: 'met', to: 'missed' }),
    );
    expect((await app.inject(url(NAME, '/diff?from=2&to=2'))).json()).toMatchObject({
      assumptions: [],
      statuses: [],
    });
    expectProblem(await app.inject(url(NAME, '/diff?from=2&to=1')), 400);
  });

  it('exports and imports back under another name; the same name is a 409', async () => {
    const doc = (await app.inject(url(NAME, '/export'))).json();
    expect(doc.versions).toHaveLength(2);
    expect(expectProblem(await post(app, '/api/library/import', doc), 409).problems[0]).toMatchObject({
      code: 'name_taken',
    });
    const r = await post(app, '/api/library/import', { ...doc, name: 'bản sao' });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toEqual({ name: 'bản sao', versions: 2 });
    expect((await app.inject(url('bản sao', '/export'))).json()).toEqual({ ...doc, name: 'bản sao' });
  });

  it('refuses the 501st version of a name with 409 too_many_versions (a second connection fills it meanwhile)', async () => {
    const other = ScenarioLibrary.open(file);
    const versions = Array.from({ length: 500 }, (_, i) => ({
      version: i + 1,
      author: '',
      note: '',
      savedAt: '2026-01-01T00:00:00Z',
      scenario: scenario(16),
    }));
    other.importDocument({ format: 'plancast-library/1', name: 'đầy', pack: PACK, versions });
    other.close();
    const full = expectProblem(await save('đầy', { pack: PACK, scenario: scenario(16) }), 409);
    expect(full.problems[0]).toMatchObject({
      code: 'too_many_versions',
      allowed: 'at most 500 versions per scenario',
    });
  });

  it('closes the library with the app: the file is then sound and holds every version', async () => {
    await app.close();
    const lib = ScenarioLibrary.open(file);
    expect(lib.integrityCheck()).toBe('ok');
    expect(lib.history(NAME).versions.map((v) => v.version)).toEqual([1, 2]);
    lib.close();
  });
});
