import fc from 'fast-check';
import { SECTORS } from '../../src/core/sectors.ts';
import type { ModelPack } from '../../src/schema/model-pack.ts';

const yearlyPct = (min: number, max: number, years: number[]) =>
  fc.oneof(
    fc.double({ min, max, noNaN: true }),
    fc
      .tuple(...years.map(() => fc.double({ min, max, noNaN: true })))
      .map((vals) => Object.fromEntries(years.map((y, i) => [String(y), vals[i]!]))),
  );

/** Any valid scenario for a pack: every sector's growth and deflator, population, exports. */
export function scenarioArb(pack: ModelPack) {
  const years: number[] = [];
  for (let y = pack.model.firstPlanYear; y <= pack.model.lastPlanYear; y++) years.push(y);
  const sectors = (min: number, max: number) =>
    fc.record(
      Object.fromEntries(SECTORS.map((s) => [s, yearlyPct(min, max, years)])) as Record<
        string,
        fc.Arbitrary<unknown>
      >,
    );
  return fc.record({
    model: fc.constant(pack.model.id),
    assumptions: fc.record({
      growth: sectors(-10, 40),
      deflator: sectors(-10, 30),
      populationGrowth: yearlyPct(-2, 3, years),
      exportGrowth: yearlyPct(-30, 60, years),
      investment: fc.record({
        mode: fc.constantFrom('icor', 'rate'),
        icor: yearlyPct(1, 15, years),
        rate: yearlyPct(5, 80, years),
      }),
    }),
  });
}

/** A pack with a random base-year structure (positive sector values, any relative prices). */
export function packArb(pack: ModelPack) {
  const pos = fc.double({ min: 1, max: 1e5, noNaN: true });
  return fc
    .record({
      real: fc.tuple(pos, pos, pos, pos),
      price: fc.tuple(...SECTORS.map(() => fc.double({ min: 0.2, max: 5, noNaN: true }))),
    })
    .map(({ real, price }) => {
      const p = structuredClone(pack);
      SECTORS.forEach((s, i) => {
        p.model.baseline.realBn[s].value = real[i]!;
        p.model.baseline.nominalBn[s].value = real[i]! * price[i]!;
      });
      return p;
    });
}
