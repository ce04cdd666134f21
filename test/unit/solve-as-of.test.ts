import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { project } from '../../src/model/project.ts';
import { asOfProgress, asOfReport } from '../../src/solve/as-of-report.ts';
import { goalSeek } from '../../src/solve/goal-seek.ts';
import { leverDef } from '../../src/solve/levers.ts';
import { evaluateTarget } from '../../src/targets/evaluate-target.ts';
import { resolveOk } from '../helpers/tiny.ts';

const pack = loadModelPack(path.resolve(import.meta.dirname, '..', 'fixtures', 'solve-five-year'));
const target = (id: string) => pack.targets.find((t) => t.id === id)!;
const asOf2023 = resolveOk(pack, { asOf: 2023 });
const p = project(pack, asOf2023);
const progress = (id: string) => asOfProgress(target(id), p, evaluateTarget(target(id), p))!;

describe('as-of runs read the actuals (core check)', () => {
  it('reproduces published growth, with the known sector I growth and the others shifted uniformly', () => {
    expect(Array.from(p.growth.slice(1, 4))).toEqual([
      expect.closeTo(0.025, 12),
      expect.closeTo(0.07, 12),
      expect.closeTo(0.055, 12),
    ]);
    expect(p.sectorGrowth.I[3]).toBeCloseTo(0.025, 12);
    // 2023: II, III and T share one shift, so their gaps to the assumptions are equal
    const shift = (s: 'II' | 'III' | 'T', a: number) => p.sectorGrowth[s][3]! - a;
    expect(shift('II', 0.16)).toBeCloseTo(shift('III', 0.078), 12);
    expect(shift('T', 0.142)).toBeCloseTo(shift('III', 0.078), 12);
    expect(p.exports[1]).toBe(1500);
    expect(p.revenue[2]).toBe(5000);
    expect(p.yearKinds).toEqual([
      'base',
      'partly-actual',
      'partly-actual',
      'partly-actual',
      'projected',
      'projected',
    ]);
    // after asOf the assumptions apply again
    expect(p.sectorGrowth.II[4]).toBeCloseTo(0.16, 12);
  });
});

describe('what the remaining years must deliver (docs/model.md §8.1 closed forms)', () => {
  it('level: g* = (V*/V[a])^(1/(T−a)) − 1, and growing at g* from 2024 meets it', () => {
    const a = progress('per-capita');
    expect(a.soFar).toBeCloseTo(p.perCapita[3]!, 9);
    expect(a.remainingYears).toBe(2);
    expect(a.need!.growthPct!).toBeCloseTo((Math.pow(87 / p.perCapita[3]!, 1 / 2) - 1) * 100, 9);
  });

  it('avgGrowth: g_rem = ((1+ḡ*)^T · V[0]/V[a])^(1/(T−a)) − 1, and the sector growing at g_rem lands on the bound', () => {
    const a = progress('growth-ii');
    const R = p.real.II;
    const expected = Math.pow((Math.pow(1.15, 5) * R[0]!) / R[3]!, 1 / 2) - 1;
    expect(a.need!.growthPct!).toBeCloseTo(expected * 100, 9);
    expect(a.soFar!).toBeCloseTo((Math.pow(R[3]! / R[0]!, 1 / 3) - 1) * 100, 9);
    const rerun = project(pack, {
      ...asOf2023,
      growth: { ...asOf2023.growth, II: asOf2023.growth.II.map((g, k) => (k >= 3 ? expected : g)) },
    });
    expect(evaluateTarget(target('growth-ii'), rerun).projected).toBeCloseTo(15, 9);
    // the goal seek on the sector's own lever agrees with the closed form
    const g = goalSeek(pack, asOf2023, target('growth-ii'), leverDef(pack, 'growth.II')!);
    expect(g.value!).toBeCloseTo(expected * 100 - 16, 5);
  });

  it('cumulative: the remaining total, its yearly mean and the constant growth that sums to it', () => {
    const a = progress('exports');
    const soFar = p.exports[1]! + p.exports[2]! + p.exports[3]!;
    expect(a.soFar).toBeCloseTo(soFar, 9);
    expect(a.need!.total!).toBeCloseTo(10000 - soFar, 9);
    expect(a.need!.perYear!).toBeCloseTo((10000 - soFar) / 2, 9);
    const g = a.need!.growthPct! / 100;
    const v = p.exports[3]!;
    expect(v * (1 + g) + v * (1 + g) ** 2).toBeCloseTo(10000 - soFar, 6);
  });

  it('yearly kinds count the years met so far; period figures and unmodelled targets get null', () => {
    expect(progress('poverty')).toMatchObject({ soFarKind: 'yearsMet', need: { perYear: 1 } });
    expect(asOfProgress(target('tfp-share'), p, evaluateTarget(target('tfp-share'), p))).toBeNull();
    const rows = asOfReport(pack, p);
    expect(rows.find((r) => r.id === 'district-balance')!.asOf).toBeNull();
    expect(asOfReport(pack, project(pack, resolveOk(pack))).every((r) => r.asOf === null)).toBe(true);
  });
});
