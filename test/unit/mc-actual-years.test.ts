import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SECTORS } from '../../src/core/sectors.ts';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { McPlan } from '../../src/uncertainty/plan.ts';
import { resolveOk } from '../helpers/tiny.ts';

// Ben Tre as of 2024: 2022 publishes GRDP growth (7.33 %), revenue (4,387 bn), investment (22,494 bn)
// and exports (1,500 mn USD) but no sector growth and no nominal GRDP; 2021 publishes no revenue.
const pack = loadModelPack('ben-tre-2021-2025');
const plan = new McPlan(pack, resolveOk(pack, { asOf: 2024 }));
const k = plan.kernel;
const Y2021 = 1;
const Y2022 = 2;
const Y2024 = 4;

function drawn(seed: number, index: number) {
  plan.drawInputs(seed, index);
  k.run();
  const n = k.n;
  return {
    growth2022: k.growth[Y2022]!,
    revenue2022: k.revenue[Y2022]!,
    investment2022: k.investment[Y2022]!,
    exports2022: k.exports[Y2022]!,
    sectorII2022: k.sectorGrowth[n + Y2022]!,
    sectorII2024: k.sectorGrowth[n + Y2024]!,
    sectorIII2024: k.sectorGrowth[2 * n + Y2024]!,
    sectorI2022: k.sectorGrowth[Y2022]!,
    nominal2022: k.grdpNominal[Y2022]!,
    revenue2021: k.revenue[Y2021]!,
  };
}

describe('Monte Carlo as of 2024: only published values of actual years are pinned', () => {
  it('a value published for 2022 is the same in every draw; unpublished 2021/2022 values vary (property)', () => {
    plan.resetInputs();
    k.run();
    const fixed = { growth: k.growth[Y2022]!, revenue: k.revenue[Y2022]! };
    const seen = { sectorII: new Set<number>(), nominal: new Set<number>(), revenue2021: new Set<number>() };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 0, max: 1e5 }), (seed, index) => {
        const d = drawn(seed, index);
        // Published for 2022: pinned to the pack's figure in every draw.
        expect(d.growth2022).toBeCloseTo(0.0733, 12);
        expect(d.growth2022).toBeCloseTo(fixed.growth, 12);
        expect(d.revenue2022).toBe(4387);
        expect(d.revenue2022).toBe(fixed.revenue);
        expect(d.investment2022).toBe(22494);
        expect(d.exports2022).toBe(1500);
        // Published for 2024: sector II 10.59 %, sector III 6.29 %.
        expect(d.sectorII2024).toBeCloseTo(0.1059, 12);
        expect(d.sectorIII2024).toBeCloseTo(0.0629, 12);
        seen.sectorII.add(d.sectorII2022);
        seen.nominal.add(d.nominal2022);
        seen.revenue2021.add(d.revenue2021);
      }),
      { numRuns: 60, seed: 5 },
    );
    // Never published: the 2022 sector split, the 2022 nominal GRDP (assumed deflator) and the 2021
    // revenue differ from draw to draw.
    expect(seen.sectorII.size).toBeGreaterThan(50);
    expect(seen.nominal.size).toBeGreaterThan(50);
    expect(seen.revenue2021.size).toBeGreaterThan(50);
  });

  it('the drawn split of 2022 still adds up to the published total growth in every draw', () => {
    for (let i = 0; i < 200; i++) {
      plan.drawInputs(17, i);
      k.run();
      const n = k.n;
      let sum = 0;
      for (let s = 0; s < SECTORS.length; s++) sum += k.real[s * n + Y2022]!;
      expect(sum / k.grdpReal[Y2022 - 1]! - 1).toBeCloseTo(0.0733, 12);
    }
  });

  it('the split sector growth of 2022 is spread around the deterministic split', () => {
    plan.resetInputs();
    k.run();
    const centre = k.sectorGrowth[k.n + Y2022]!;
    const values: number[] = [];
    for (let i = 0; i < 2000; i++) values.push(drawn(23, i).sectorII2022);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1));
    // The draws are centred on the split (within 0.3 pp) and spread by more than 1 pp.
    expect(Math.abs(mean - centre)).toBeLessThan(0.003);
    expect(sd).toBeGreaterThan(0.01);
  });

  it('in rate mode the 2025 investment rate is drawn lognormally around the scenario rate (sd 0.10 in logs)', () => {
    // Assumption paths are indexed by plan year (0 = 2021), so 2025 is index 4.
    const Y2025_PATH = 4;
    plan.resetInputs();
    const centre = k.rate[Y2025_PATH]!;
    const logs: number[] = [];
    for (let i = 0; i < 4000; i++) {
      plan.drawInputs(29, i);
      logs.push(Math.log(k.rate[Y2025_PATH]! / centre));
    }
    const mean = logs.reduce((a, b) => a + b, 0) / logs.length;
    const sd = Math.sqrt(logs.reduce((a, b) => a + (b - mean) ** 2, 0) / (logs.length - 1));
    // 4,000 draws: the sample sd of a normal is within 4 % of 0.10 about 99.99 % of the time.
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(sd).toBeGreaterThan(0.096);
    expect(sd).toBeLessThan(0.104);
  });
});
