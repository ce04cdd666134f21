import { describe, expect, it } from 'vitest';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { loadScenario } from '../../src/io/load-scenario.ts';
import { calibrateGrowth, totalSd } from '../../src/uncertainty/calibration.ts';
import { planGaps } from '../../src/uncertainty/plan-gaps.ts';
import { fitRecord, growthRecord, type GrowthPoint } from '../../src/uncertainty/record-spreads.ts';
import { drawStream } from '../../src/uncertainty/rng.ts';
import { simulate } from '../../src/uncertainty/simulate.ts';
import { DEFAULT_GROWTH } from '../../src/uncertainty/spreads.ts';

/** A synthetic growth record: g_t = μ + ε_t, ε AR(1) with unconditional sd σ and persistence φ (seeded). */
function synthetic(n: number, mu: number, sigma: number, phi: number, seed: number): GrowthPoint[] {
  const out: GrowthPoint[] = [];
  let e = 0;
  for (let i = 0; i < n; i++) {
    const z = drawStream(seed, i).normal();
    e = i === 0 ? sigma * z : phi * e + Math.sqrt(1 - phi * phi) * sigma * z;
    out.push({ year: 1600 + i, value: mu + e, source: 'synthetic' });
  }
  return out;
}

const benTre = loadModelPack('ben-tre-2021-2025');
const vinhLong = loadModelPack('vinh-long-2026-2030');

describe('spreads from the record: recovery on synthetic histories', () => {
  it('σ = 2 pp, φ = 0.5, 400 years: σ within 10 % and φ within 0.15 (≈ 3 standard errors of a lag-1 autocorrelation at n = 396)', () => {
    const fit = fitRecord(synthetic(400, 0.06, 0.02, 0.5, 7))!;
    expect(fit.n).toBe(396);
    expect(Math.abs(fit.sigma / 0.02 - 1)).toBeLessThan(0.1);
    expect(Math.abs(fit.phi - 0.5)).toBeLessThan(0.15);
  });

  it('σ = 3 pp, φ = 0: σ within 10 %, φ in [0, 0.15] (bounded at 0 below)', () => {
    const fit = fitRecord(synthetic(400, 0.07, 0.03, 0, 8))!;
    expect(Math.abs(fit.sigma / 0.03 - 1)).toBeLessThan(0.1);
    expect(fit.phi).toBeGreaterThanOrEqual(0);
    expect(fit.phi).toBeLessThan(0.15);
  });

  it('coverage: with the truth known (independent normal errors), the 50 % and 80 % bands cover 50 ± 5 % and 80 ± 5 %', () => {
    const fit = fitRecord(synthetic(400, 0.05, 0.02, 0, 9))!;
    expect(Math.abs(fit.coverage.p50 - 0.5)).toBeLessThan(0.05);
    expect(Math.abs(fit.coverage.p80 - 0.8)).toBeLessThan(0.05);
  });

  it('fewer than 5 one-step errors: no fit', () => {
    expect(fitRecord(synthetic(8, 0.06, 0.02, 0, 1))).toBeNull();
    expect(fitRecord(synthetic(9, 0.06, 0.02, 0, 1))!.n).toBe(5);
  });
});

describe('spreads from the record: the packs', () => {
  it('Ben Tre: GSO growth 2013-2020 then published growth 2021-2024; σ 2.591 pp, φ 0.215 from 8 errors (hand-checked)', () => {
    const rec = growthRecord(benTre);
    expect(rec.map((p) => p.year)).toEqual([
      2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024,
    ]);
    expect(rec[0]!.value).toBeCloseTo(22830.47 / 21641.8 - 1, 12);
    expect(rec[8]!.value).toBeCloseTo(0.0264, 12);
    const fit = fitRecord(rec)!;
    // numpy polyfit of ln(level) on time, window 2012..origin: first forecast (2017) 4.975 %, error +1.910 pp.
    expect(fit.errors[0]!.year).toBe(2017);
    expect(fit.errors[0]!.forecast).toBeCloseTo(0.04974831, 7);
    expect(fit.n).toBe(8);
    expect(fit.phiPairs).toBe(7);
    expect(fit.sigma).toBeCloseTo(0.02591429, 7);
    expect(fit.phi).toBeCloseTo(0.21520869, 7);
  });

  it('Ben Tre: the record read up to 2020 only (as the backtest at that origin) gives 4 errors: design spreads', () => {
    const c = calibrateGrowth(benTre, DEFAULT_GROWTH, [0.3, 0.25, 0.4, 0.05], undefined, 2020);
    expect(c.calibration.used).toBe('design');
    expect(c.calibration.reason).toMatch(/8 consecutive years/);
  });

  it('Ben Tre plan gaps: 2016-2020 planned 7.25 achieved 5.05; 2021-2025 planned 9.0 achieved 5.19', () => {
    const g = planGaps(benTre);
    expect(g.map((x) => x.period)).toEqual(['2016-2020', '2021-2025']);
    expect(g[0]!.achieved).toBeCloseTo(((32203.94 / 25170.69) ** 0.2 - 1) * 100, 10);
    expect(g[0]!.planned).toBe(7.25);
    expect(g[1]!.planned).toBe(9);
    expect(g[1]!.achieved).toBeCloseTo(5.18899, 4);
    expect(g[1]!.years).toEqual([2021, 2022, 2023, 2024]);
    expect(g[1]!.ratio).toBeCloseTo(5.18899 / 9, 4);
  });

  it('Vinh Long: one growth year, so design spreads, and the output says why', () => {
    const r = simulate(vinhLong, loadScenario('vinh-long-2026-2030', vinhLong), { draws: 200, seed: 1 });
    expect(r.calibration.used).toBe('design');
    expect(r.calibration.requested).toBe('auto');
    expect(r.calibration.growth.source).toBe('design');
    expect(r.calibration.reason).toMatch(/1 consecutive years/);
  });

  it('record mode scales the design sector block so total growth has the record σ; design mode keeps it', () => {
    const input = loadScenario('plan-midpoint', benTre);
    const rec = simulate(benTre, input, { draws: 200, seed: 1, spreadChoice: { from: 'record' } });
    const des = simulate(benTre, input, { draws: 200, seed: 1, spreadChoice: { from: 'design' } });
    expect(rec.calibration.used).toBe('record');
    expect(rec.calibration.growth.n).toBe(8);
    expect(rec.spreads.growth.phi).toBeCloseTo(0.21520869, 7);
    expect(des.calibration.used).toBe('design');
    expect(des.spreads.growth).toEqual(DEFAULT_GROWTH);
    const f = rec.calibration.growth.factor;
    expect(rec.spreads.growth.sd.II).toBeCloseTo(DEFAULT_GROWTH.sd.II * f, 12);
    // σ_total of the scaled block = factor · σ_total of the design block, at any weights.
    const w = [0.3, 0.25, 0.4, 0.05];
    expect(totalSd(rec.spreads.growth, w)).toBeCloseTo(f * totalSd(DEFAULT_GROWTH, w), 12);
  });
});

describe('plan-optimism scenarios', () => {
  it('apply the mean achieved/planned ratio of the plan gaps to the plan growth (to 2 decimals)', async () => {
    const { readScenarioFile } = await import('../../src/io/load-scenario.ts');
    const gaps = planGaps(benTre);
    const ratio = (gaps[0]!.ratio + gaps[1]!.ratio) / 2;
    expect(ratio).toBeCloseTo(0.6367, 4);
    const bt = readScenarioFile('plan-optimism').spec as { assumptions: { growth: Record<string, number> } };
    const mid = { I: 4.35, II: 16, III: 7.8, T: 14.2 };
    for (const [s, g] of Object.entries(mid))
      expect(bt.assumptions.growth[s]).toBe(Math.round(g * ratio * 100) / 100);
    const vl = readScenarioFile('vinh-long-plan-optimism').spec as typeof bt;
    // The Vinh Long pack's default growth (model.json), constant over the plan years.
    const def = { I: 3.5, II: 18, III: 9.5, T: 9 };
    expect(vinhLong.model.defaults.growth).toEqual(def);
    for (const [s, g] of Object.entries(def))
      expect(vl.assumptions.growth[s]).toBe(Math.round(g * ratio * 100) / 100);
  });
});
