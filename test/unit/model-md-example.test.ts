import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { project } from '../../src/model/project.ts';
import { resolveOk } from '../helpers/tiny.ts';

// An independent check: docs/model.md §13 computed its worked example by hand (rounded as printed there).
describe('docs/model.md §13 worked example', () => {
  const pack = loadModelPack(path.resolve(import.meta.dirname, '../fixtures/model-md-example'));
  const p = project(pack, resolveOk(pack));
  const pct = (x: number) => x * 100;

  it.each([
    [1, 8.49, 63184, 48.8, [33.66, 21.38, 40.74, 4.21], 5371, 19775, 1596],
    [2, 8.66, 71403, 55.0, [32.33, 22.83, 40.42, 4.43], 6069, 22766, 1803],
    [5, 9.21, 104084, 79.5, [28.35, 27.5, 39.07, 5.09], 8847, 35113, 2602],
  ])('year index %i matches the printed table', (t, growth, yn, pc, shares, rev, inv, x) => {
    expect(pct(p.growth[t]!)).toBeCloseTo(growth, 2);
    expect(Math.abs(p.grdpNominal[t]! - yn)).toBeLessThan(1);
    expect(p.perCapita[t]!).toBeCloseTo(pc, 1);
    expect(['I', 'II', 'III', 'T'].map((s) => pct(p.share[s as 'I'][t]!))).toEqual(
      shares.map((v) => expect.closeTo(v, 2)),
    );
    expect(Math.abs(p.revenue[t]! - rev)).toBeLessThan(1);
    expect(Math.abs(p.investment[t]! - inv)).toBeLessThan(1);
    expect(Math.abs(p.exports[t]! - x)).toBeLessThan(1);
  });

  it('period figures: average growth 8.84 %, TFP share 50.6 % both ways, exports 10,340', () => {
    expect(pct(p.period.avgGrowth)).toBeCloseTo(8.84, 2);
    expect(pct(p.period.tfpShare)).toBeCloseTo(50.6, 1);
    expect(pct(p.period.tfpShareSum)).toBeCloseTo(50.6, 1);
    expect(Math.abs(p.period.exportsTotal - 10340)).toBeLessThan(1);
    expect(Math.abs(p.period.revenueTotal - 34946)).toBeLessThan(2);
    expect(Math.abs(p.period.investmentTotal - 134249)).toBeLessThan(2);
  });
});
