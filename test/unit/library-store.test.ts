import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlancastError } from '../../src/core/problems.ts';
import { LIMITS } from '../../src/api/options.ts';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { readScenarioFile } from '../../src/io/load-scenario.ts';
import { compareVersions } from '../../src/library/compare-versions.ts';
import { labelOf } from '../../src/library/diff.ts';
import { loadLibraryScenario } from '../../src/library/load-library-scenario.ts';
import { ScenarioLibrary } from '../../src/library/store.ts';
import { LIBRARY_LIMITS } from '../../src/schema/library.ts';
import type { ScenarioSpec } from '../../src/schema/scenario.ts';

const PACK = 'ben-tre-2021-2025';
const midpoint = readScenarioFile('plan-midpoint').spec as ScenarioSpec;
const withII = (g: number): ScenarioSpec => ({
  ...midpoint,
  assumptions: { growth: { ...midpoint.assumptions!.growth!, II: g } },
});

let dir: string;
let lib: ScenarioLibrary;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'plancast-lib-'));
  lib = ScenarioLibrary.open(path.join(dir, 'sub', 'lib.db'));
});
afterEach(() => {
  lib.close();
  rmSync(dir, { recursive: true, force: true });
});

function problemOf(f: () => unknown) {
  try {
    f();
  } catch (e) {
    if (e instanceof PlancastError) return e.problems[0]!;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('scenario library store', () => {
  it('creates its folder, the schema (user_version 1), WAL and foreign keys on first open', () => {
    expect(lib.integrityCheck()).toBe('ok');
    expect(lib.list()).toEqual([]);
    // synchronous 2 = FULL (an fsync of the WAL at every commit).
    expect(lib.settings()).toEqual({ journalMode: 'wal', synchronous: 2, foreignKeys: 1, schemaVersion: 1 });
    // Reopening an up-to-date file runs no migration again.
    lib.close();
    lib = ScenarioLibrary.open(lib.file);
    expect(lib.settings().schemaVersion).toBe(1);
  });

  it('numbers saves 1, 2 and never overwrites an earlier version', () => {
    expect(lib.save({ name: 'a', pack: PACK, scenario: withII(16), note: 'first' })).toEqual({
      ok: true,
      version: 1,
    });
    expect(lib.save({ name: 'a', pack: PACK, scenario: withII(10), author: 'Lan' })).toEqual({
      ok: true,
      version: 2,
    });
    expect(lib.show('a', 1).scenario.assumptions!.growth!.II).toBe(16);
    expect(lib.show('a', 1).note).toBe('first');
    expect(lib.show('a').version).toBe(2);
    expect(lib.show('a').author).toBe('Lan');
    expect(lib.history('a').versions.map((v) => v.version)).toEqual([1, 2]);
    expect(lib.list()).toMatchObject([{ name: 'a', pack: PACK, versions: 2, latest: { version: 2 } }]);
  });

  it('answers a save on a stale version with the latest version, and saves nothing', () => {
    lib.save({ name: 'a', pack: PACK, scenario: withII(16) });
    lib.save({ name: 'a', pack: PACK, scenario: withII(12), expectedVersion: 1 });
    expect(lib.save({ name: 'a', pack: PACK, scenario: withII(10), expectedVersion: 1 })).toEqual({
      ok: false,
      conflict: { latest: 2 },
    });
    expect(lib.history('a').versions).toHaveLength(2);
    // A new scenario expected at version 0 that someone else created meanwhile is a conflict too.
    expect(lib.save({ name: 'a', pack: PACK, scenario: withII(10), expectedVersion: 0 })).toMatchObject({
      ok: false,
    });
  });

  it('keeps Vietnamese and CJK names, NFC-normalised (combining marks and precomposed are one name)', () => {
    const decomposed = 'Phương án cao'.normalize('NFD');
    lib.save({ name: decomposed, pack: PACK, scenario: withII(16) });
    lib.save({ name: '高增长方案', pack: PACK, scenario: withII(17) });
    expect(lib.show('Phương án cao'.normalize('NFC')).version).toBe(1);
    expect(lib.list().map((e) => e.name)).toEqual(['Phương án cao'.normalize('NFC'), '高增长方案']);
  });

  it('refuses an empty, an 81-character or a control-character name, naming the field and the rule', () => {
    const save = (name: string) => () => lib.save({ name, pack: PACK, scenario: withII(16) });
    expect(problemOf(save(''))).toMatchObject({ path: ['name'], value: '', allowed: '1 to 80 characters' });
    expect(problemOf(save('')).message).toContain('1 to 80 characters');
    expect(problemOf(save('ă'.repeat(81))).message).toContain('1 to 80 characters');
    expect(lib.save({ name: 'ă'.repeat(80), pack: PACK, scenario: withII(16) })).toMatchObject({ ok: true });
    expect(problemOf(save('a\nb')).message).toContain('no control characters');
  });

  it('refuses a note over 2,000 characters, a wrong pack and an invalid scenario', () => {
    expect(
      problemOf(() => lib.save({ name: 'a', pack: PACK, scenario: withII(16), note: 'x'.repeat(2001) })),
    ).toMatchObject({
      path: ['note'],
    });
    expect(lib.save({ name: 'a', pack: PACK, scenario: withII(16), note: 'x'.repeat(2000) })).toMatchObject({
      ok: true,
    });
    expect(problemOf(() => lib.save({ name: 'b', pack: 'other', scenario: withII(16) }))).toMatchObject({
      code: 'wrong_model',
      path: ['pack'],
    });
    const bad = problemOf(() => lib.save({ name: 'b', pack: PACK, scenario: withII(55) }));
    expect(bad.path).toEqual(['scenario', 'assumptions', 'growth', 'II']);
    expect(bad.message).toContain('-10 to 40');
  });

  it('refuses the 501st version of a scenario and keeps the 500', () => {
    // Filled through an import (one transaction) rather than 500 saves of one fsync each.
    const version = (n: number) => ({
      version: n,
      author: '',
      note: '',
      savedAt: '2026-01-01',
      scenario: withII(16),
    });
    const versions = Array.from({ length: LIBRARY_LIMITS.maxVersions }, (_, i) => version(i + 1));
    lib.importDocument({ format: 'plancast-library/1', name: 'full', pack: PACK, versions });
    expect(problemOf(() => lib.save({ name: 'full', pack: PACK, scenario: withII(16) }))).toMatchObject({
      code: 'too_many_versions',
    });
    expect(lib.history('full').versions).toHaveLength(500);
  });

  it('limits a scenario to the API body limit', () => {
    expect(LIBRARY_LIMITS.maxScenarioBytes).toBe(LIMITS.bodyLimitBytes);
  });

  it('names an unknown scenario or version', () => {
    expect(problemOf(() => lib.show('nope'))).toMatchObject({ code: 'not_found', path: ['name'] });
    lib.save({ name: 'a', pack: PACK, scenario: withII(16) });
    expect(problemOf(() => lib.show('a', 3))).toMatchObject({ code: 'not_found', allowed: '1 to 1' });
  });

  it('diffs two versions: growth.II 16 → 10 and the sector II target from met to missed', () => {
    lib.save({ name: 'a', pack: PACK, scenario: withII(16) });
    lib.save({ name: 'a', pack: PACK, scenario: withII(10) });
    const d = compareVersions(lib, loadModelPack, 'a');
    expect(d).toMatchObject({ from: 1, to: 2 });
    expect(d.assumptions).toEqual([
      {
        path: 'assumptions.growth.II',
        label: { vi: 'tăng trưởng thực, khu vực II', en: 'real growth per year, sector II' },
        from: 16,
        to: 10,
      },
    ]);
    // ben-tre growth-sector-ii: 15-17 %/yr; 16 is met, 10 is 5 pp below (beyond the 0.3 pp near band).
    expect(d.statuses).toContainEqual(
      expect.objectContaining({ id: 'growth-sector-ii', from: 'met', to: 'missed' }),
    );
    for (const s of d.statuses) expect(s.from).not.toBe(s.to);
    expect(compareVersions(lib, loadModelPack, 'a', 2, 2)).toMatchObject({ assumptions: [], statuses: [] });
  });

  it('labels paths from the variable list', () => {
    expect(labelOf('assumptions.budget.revenueRatio.2023').en).toBe(
      `${labelOf('assumptions.budget.revenueRatio').en}, 2023`,
    );
    expect(labelOf('asOf')).toEqual({ vi: 'số liệu thực tế đến năm', en: 'actuals up to' });
    expect(labelOf('shocks.0.sizePp')).toEqual({ vi: 'cú sốc 1, độ lớn (điểm %)', en: 'shock 1, size (pp)' });
  });

  it('exports every version and imports it back under a free name; a taken name is refused', () => {
    lib.save({ name: 'a', pack: PACK, scenario: withII(16), note: 'n1', author: 'Lan' });
    lib.save({ name: 'a', pack: PACK, scenario: withII(10) });
    const doc = lib.exportDocument('a');
    expect(doc.versions).toHaveLength(2);
    expect(problemOf(() => lib.importDocument(doc))).toMatchObject({ code: 'name_taken' });
    expect(lib.importDocument({ ...doc, name: 'b' })).toEqual({ name: 'b', versions: 2 });
    const again = lib.exportDocument('b');
    expect({ ...again, name: 'a' }).toEqual(doc);
    expect(
      problemOf(() => lib.importDocument({ ...doc, name: 'c', versions: [doc.versions[1]] })),
    ).toMatchObject({
      path: ['document', 'versions', 0, 'version'],
    });
  });

  it('loadLibraryScenario returns the saved scenario JSON by name and version', () => {
    lib.save({ name: 'Kịch bản', pack: PACK, scenario: withII(16) });
    lib.save({ name: 'Kịch bản', pack: PACK, scenario: withII(12) });
    expect(loadLibraryScenario('Kịch bản', 1, lib.file)).toEqual(withII(16));
    expect(loadLibraryScenario('Kịch bản', undefined, lib.file).assumptions!.growth!.II).toBe(12);
  });
});
