import { describe, expect, it } from 'vitest';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { loadScenario } from '../../src/io/load-scenario.ts';
import { McPlan } from '../../src/uncertainty/plan.ts';
import { QUANTILE_LEVELS, quantileSorted } from '../../src/uncertainty/quantile.ts';
import { QUANTILE_ERROR, simulate } from '../../src/uncertainty/simulate.ts';

/**
 * The stated quantile error against the exact type-7 quantiles of the same 100,000 draws: the run
 * streams its values into bins; here every draw is replayed (draw i depends on (seed, i) only),
 * kept and sorted.
 */
describe('streamed quantiles within the stated bound of the exact ones (100,000 draws)', () => {
  const pack = loadModelPack('ben-tre-2021-2025');
  const input = loadScenario('covid-2021', pack);
  const draws = 100_000;
  const seed = 2021;

  it('every p05…p95 of every series and year; the histograms count exactly; the bound is stated', () => {
    const r = simulate(pack, input, { draws, seed });
    expect(r.quantileError).toEqual({ method: 'log-linear-bins', binsPerBinade: 4096, relative: 2 ** -13 });
    expect(QUANTILE_ERROR.relative).toBeCloseTo(1.22e-4, 6);

    const plan = new McPlan(pack, input);
    const T = plan.kernel.T;
    const values = plan.slots.map(() => new Float64Array(draws));
    for (let i = 0; i < draws; i++) {
      plan.drawInputs(seed, i);
      plan.kernel.run();
      plan.slots.forEach((slot, s) => (values[s]![i] = slot.arr[slot.off + slot.t]!));
    }
    const eps = r.quantileError.relative;
    let worst = 0; // largest |q̂ − q| / max(|x₍k₎|, |x₍k+1₎|) seen
    let exactHits = 0;
    plan.slots.forEach((slot, s) => {
      const sorted = values[s]!.sort();
      const series = r.series.find((x) => x.key === slot.series)!;
      const row = series.years[slot.t]!;
      const got = [row.p05, row.p25, row.p50, row.p75, row.p95];
      QUANTILE_LEVELS.forEach((p, l) => {
        const q = quantileSorted(sorted, p);
        const k = Math.floor((draws - 1) * p);
        const around = Math.max(Math.abs(sorted[k]!), Math.abs(sorted[Math.min(draws - 1, k + 1)]!));
        const err = Math.abs(got[l]! - q);
        const what = `${slot.series} ${r.years[slot.t]} p${p}: ${got[l]} vs exact ${q}`;
        // The bound, plus a few ulp of the interpolation's own rounding.
        expect(err, what).toBeLessThanOrEqual(eps * around + 4 * Number.EPSILON * around);
        if (sorted[k]! * sorted[Math.min(draws - 1, k + 1)]! > 0)
          expect(err, what).toBeLessThanOrEqual(
            eps * Math.abs(q) * (1 + 1e-12) + 4 * Number.EPSILON * around,
          );
        worst = Math.max(worst, err / around);
        if (err === 0) exactHits++;
      });
      if (slot.t === T) {
        const h = r.histograms.find((x) => x.key === slot.series)!;
        expect(h.edges[0]).toBe(sorted[0]);
        expect(h.edges.at(-1)).toBe(sorted[draws - 1]);
        expect(h.counts.length).toBe(20);
        const width = (h.edges.at(-1)! - h.edges[0]!) / 20;
        h.edges.forEach((e, i) =>
          expect(Math.abs(e - (h.edges[0]! + i * width))).toBeLessThanOrEqual(
            2 ** -12 * Math.abs(e) * 1.0001,
          ),
        );
        // Counts exact for the edges: edges[i] ≤ x < edges[i + 1], the last bin closed.
        const want = h.counts.map(
          (_, i) =>
            sorted.filter((x) => x >= h.edges[i]! && (i === h.counts.length - 1 || x < h.edges[i + 1]!))
              .length,
        );
        expect(h.counts, slot.series).toEqual(want);
      }
    });
    // The bound is not vacuous: the largest error seen is of its order (and within it).
    expect(worst).toBeGreaterThan(eps / 20);
    expect(worst).toBeLessThanOrEqual(eps * (1 + 1e-9));
    expect(exactHits).toBeLessThan(plan.slots.length * QUANTILE_LEVELS.length);
  });
});
