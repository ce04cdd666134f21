import { describe, expect, it } from 'vitest';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { project } from '../../src/model/project.ts';
import { resolveOk } from '../helpers/tiny.ts';

describe('investment by the recorded rate (eq. 12b default), ICOR an output (eq. 12c)', () => {
  it('Vinh Long: 2026 investment is the base year rate 24.5 % of nominal GRDP, not ICOR 5 × ΔGRDP', () => {
    const pack = loadModelPack('vinh-long-2026-2030');
    const p = project(pack, resolveOk(pack));
    // Base year: 70,720 bn on 288,886.9 bn (the four sectors) = 24.48 %; the default is that rate, 24.5 %.
    expect(p.investmentRate[0]).toBeCloseTo(70720 / 288886.9, 12);
    for (let t = 1; t < p.years.length; t++) expect(p.investmentRate[t]).toBeCloseTo(0.245, 12);
    // 2026 GRDP 326,915 bn (golden) → ≈ 80,094 bn, near the province's 2026 plan of ≈ 79,000 bn.
    expect(p.investment[1]).toBeCloseTo(0.245 * p.grdpNominal[1]!, 9);
    expect(p.investment[1]! / 1000).toBeCloseTo(80.09, 1);
  });

  it('Ben Tre as of 2024: each year without a published investment is at the base rate 35.5 %', () => {
    const pack = loadModelPack('ben-tre-2021-2025');
    const p = project(pack, resolveOk(pack, { asOf: 2024 }));
    // 2021, 2024 and 2025 publish no investment: 35.5 % of nominal GRDP, the top of the recorded
    // 27.8-35.5 % band (ICOR 5.5 had given ≈ 45 % in 2025).
    for (const t of [1, 4, 5]) expect(p.investment[t]! / p.grdpNominal[t]!).toBeCloseTo(0.355, 12);
    expect(p.investment[2]).toBe(22494); // 2022, derived from the 2023 figure and its growth
    expect(p.investment[3]).toBe(19394.07); // 2023, published
  });

  it('ICOR is reported per year: I / (ΔYr · Dy); in ICOR mode it returns the ICOR assumed', () => {
    const pack = loadModelPack('ben-tre-2021-2025');
    const rate = project(pack, resolveOk(pack));
    for (let t = 1; t < rate.years.length; t++) {
      const icor =
        rate.investment[t]! / ((rate.grdpReal[t]! - rate.grdpReal[t - 1]!) * rate.grdpDeflator[t]!);
      expect(rate.icorImplied[t]).toBeCloseTo(icor, 12);
    }
    const icorMode = project(
      pack,
      resolveOk(pack, { assumptions: { investment: { mode: 'icor', icor: 5.5 } } }),
    );
    for (let t = 1; t < icorMode.years.length; t++) expect(icorMode.icorImplied[t]).toBeCloseTo(5.5, 12);
  });
});
