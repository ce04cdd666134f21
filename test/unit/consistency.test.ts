import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECTORS } from '../../src/core/sectors.ts';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { consistency } from '../../src/targets/consistency.ts';
import { tinyPack } from '../helpers/tiny.ts';

// Base A of docs/model.md §7 (35/20/41/4 %, equal deflators so w0 = s0) with the Ben Tre bands.
const pack = loadModelPack(path.resolve(import.meta.dirname, '..', 'fixtures', 'solve-five-year'));
const split = (v: Record<string, number> | null | undefined) => SECTORS.map((s) => v![s]!);

describe('consistency report on docs/model.md §7 base A', () => {
  const r = consistency(pack);

  it('check 1: total growth at the sectors low / mid / high rates, 8.17 / 8.84 / 9.52', () => {
    // docs/model.md keeps taxes at 14.2 in all three columns; the pack's band is 14.2 ± 0.3, hence ±0.02
    expect(r.totalVsSectors!.low).toBeCloseTo(8.17, 1);
    expect(r.totalVsSectors!.mid).toBeCloseTo(8.84, 2);
    expect(r.totalVsSectors!.high).toBeCloseTo(9.52, 1);
    expect(r.totalVsSectors!.positionForTotalLow!).toBeGreaterThan(0.2);
    expect(r.totalVsSectors!.positionForTotalLow!).toBeLessThan(0.5);
  });

  it('check 2: 2025 structure at equal deflators 28.35 / 27.50 / 39.07 / 5.09', () => {
    split(r.structureEqualPrices!.shares).forEach((v, i) =>
      expect(v).toBeCloseTo([28.35, 27.5, 39.07, 5.09][i]!, 1),
    );
  });

  it('check 3: reconciling drifts −1.33 / −0.52 / +1.78 / −4.59 %/yr', () => {
    split(r.reconcilingDrift).forEach((v, i) => expect(v).toBeCloseTo([-1.33, -0.52, 1.78, -4.59][i]!, 1));
  });

  it('check 4: implied 2020 base 32.7 / 19.5 / 44.7 / 3.2 at mid rates', () => {
    split(r.impliedBase!.mid).forEach((v, i) => expect(v).toBeCloseTo([32.7, 19.5, 44.7, 3.2][i]!, 1));
  });

  it('per capita: nominal growth and implied deflator from pc* · Pop0 · (1+n)^T / Yn0', () => {
    const nominal = Math.pow((87 * 1290 * Math.pow(1.003, 5)) / 56000, 1 / 5) - 1;
    expect(r.perCapita!.nominalGrowth).toBeCloseTo(nominal * 100, 9);
    expect(r.perCapita!.deflator.mid).toBeCloseTo(((1 + nominal) / 1.0884 - 1) * 100, 1);
    expect(r.perCapita!.packDeflator).toBeCloseTo(4, 9);
  });

  it('findings come first, in both languages, and name the product-tax pair as inconsistent', () => {
    const ids = r.findings.map((f) => f.id);
    expect(ids).toEqual(['total-vs-sectors', 'structure', 'product-taxes', 'per-capita', 'implied-base']);
    expect(r.findings.find((f) => f.id === 'product-taxes')!.severity).toBe('inconsistent');
    expect(r.findings.find((f) => f.id === 'total-vs-sectors')!.text.en).toContain('do not deliver');
    for (const f of r.findings) {
      expect(f.text.vi.length).toBeGreaterThan(20);
      expect(f.text.vi).not.toEqual(f.text.en);
    }
  });
});

describe('consistency report on hand-made consistent and incomplete packs', () => {
  it('equal growth everywhere and the base structure as target: no drift, all ok', () => {
    const p = structuredClone(pack);
    for (const t of p.targets) {
      if (t.series?.startsWith('real.') || t.series === 'grdpReal')
        Object.assign(t, { comparator: 'range', min: 4, max: 6, value: undefined, tol: undefined });
      if (t.series?.startsWith('share.'))
        t.value = { 'share.I': 35, 'share.II': 20, 'share.III': 41, 'share.T': 4 }[t.series]!;
    }
    const r = consistency(p);
    expect(r.totalVsSectors).toMatchObject({
      low: expect.closeTo(4, 9),
      mid: expect.closeTo(5, 9),
      high: expect.closeTo(6, 9),
    });
    split(r.reconcilingDrift).forEach((v) => expect(v).toBeCloseTo(0, 9));
    expect(r.findings.filter((f) => f.id !== 'per-capita').every((f) => f.severity === 'ok')).toBe(true);
  });

  it('a pack without bands skips the checks and says so', () => {
    const r = consistency(tinyPack());
    expect(r.totalVsSectors).toBeNull();
    expect(r.reconcilingDrift).toBeNull();
    expect(r.findings.map((f) => f.id)).toContain('missing');
  });
});
