import { describe, expect, it } from 'vitest';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { loadScenario } from '../../src/io/load-scenario.ts';
import { project } from '../../src/model/project.ts';
import { evaluate } from '../../src/targets/scorecard.ts';
import { sensitivity, SENSITIVITY_ASSUMPTIONS } from '../../src/uncertainty/sensitivity.ts';

describe('sensitivity (tornado, docs/model.md §10)', () => {
  const pack = loadModelPack('ben-tre-2021-2025');
  const input = loadScenario('plan-midpoint', pack);
  const r = sensitivity(pack, input);
  const row = (assumption: string, target: string) =>
    r.rows.find((x) => x.assumption === assumption && x.target === target);

  it('has the stated steps', () => {
    expect(r.steps).toEqual([
      ...['I', 'II', 'III', 'T'].map((s) => ({ id: `growth.${s}`, step: 1, unit: 'pp' })),
      { id: 'deflator', step: 1, unit: 'pp' },
      { id: 'revenueRatio', step: 0.5, unit: 'pp' },
      { id: 'icor', step: 0.5, unit: '' },
      { id: 'investmentRate', step: 2, unit: 'pp' },
      { id: 'capitalShare', step: 0.1, unit: '' },
      { id: 'exportGrowth', step: 2, unit: 'pp' },
      { id: 'populationGrowth', step: 0.1, unit: 'pp' },
    ]);
    expect(SENSITIVITY_ASSUMPTIONS).toHaveLength(11);
  });

  it('moves each target the expected way (tornado shape: base, low, high, deltas)', () => {
    const g = row('growth.II', 'growth-sector-ii')!;
    expect(g.deltaLow).toBeCloseTo(-1, 9);
    expect(g.deltaHigh).toBeCloseTo(1, 9);
    expect(g.low).toBeCloseTo(g.base - 1, 9);
    const rev = row('revenueRatio', 'budget-revenue')!;
    expect(rev.deltaHigh).toBeGreaterThan(0);
    expect(rev.deltaLow).toBeCloseTo(-rev.deltaHigh, 6); // revenue is linear in the ratio
    // Investment is the rate times nominal GRDP (eq. 12b, the packs' default): ±2 pp of a 35.5 %
    // rate moves the five-year total by ±2/35.5 of it; ICOR drives nothing in rate mode (no row).
    const inv = row('investmentRate', 'social-investment')!;
    expect(inv.deltaHigh / inv.base).toBeCloseTo(2 / 35.5, 9);
    expect(inv.deltaLow).toBeCloseTo(-inv.deltaHigh, 6);
    expect(row('icor', 'social-investment')).toBeUndefined();
    expect(row('capitalShare', 'tfp-share')!.deltaHigh).toBeLessThan(0);
    expect(row('exportGrowth', 'exports')!.deltaHigh).toBeGreaterThan(0);
    expect(row('populationGrowth', 'per-capita-2025')!.deltaHigh).toBeLessThan(0);
    expect(row('deflator', 'per-capita-2025')!.deltaHigh).toBeGreaterThan(0);
    // Real growth does not depend on prices, revenue on exports, and so on: no row.
    expect(row('deflator', 'grdp-growth')).toBeUndefined();
    expect(row('exportGrowth', 'budget-revenue')).toBeUndefined();
  });

  it('is sorted by target (pack order), then by effect; base values are the scorecard values; flips are real', () => {
    const order = new Map(pack.targets.map((t, i) => [t.id, i]));
    const card = new Map(evaluate(pack, project(pack, input)).rows.map((x) => [x.id, x]));
    for (let i = 1; i < r.rows.length; i++) {
      const a = r.rows[i - 1]!;
      const b = r.rows[i]!;
      expect(
        order.get(a.target)! < order.get(b.target)! || (a.target === b.target && a.effect >= b.effect),
      ).toBe(true);
    }
    for (const x of r.rows) {
      expect(x.base).toBe(card.get(x.target)!.projected);
      expect(x.flips).toBe(x.status.low !== x.status.base || x.status.high !== x.status.base);
      expect(x.effect).toBe(Math.max(Math.abs(x.deltaLow), Math.abs(x.deltaHigh)));
    }
    expect(r.top.find((t) => t.target === 'grdp-growth')!.assumption).toMatch(/^growth\./);
  });
});
