import { OUTPUTS } from '../../src/model/variables.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SECTORS } from '../../src/core/sectors.ts';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { project } from '../../src/model/project.ts';
import type { Projection } from '../../src/model/projection.ts';
import { resolveScenario } from '../../src/model/resolve-scenario.ts';
import type { ModelPack } from '../../src/schema/model-pack.ts';
import { scenarioArb } from '../helpers/arbitraries.ts';
import { tinyPack } from '../helpers/tiny.ts';

/** Shocks as a user may write them: each within -50..50 pp, many on one sector-year, biased to -50. */
function shocksArb(pack: ModelPack) {
  const { firstPlanYear, lastPlanYear } = pack.model;
  const shock = fc.record({
    sector: fc.constantFrom(...SECTORS),
    year: fc.integer({ min: firstPlanYear, max: lastPlanYear }),
    sizePp: fc.oneof(fc.constant(-50), fc.double({ min: -50, max: 50, noNaN: true })),
    recoverNextYear: fc.boolean(),
  });
  return fc.array(shock, { maxLength: 12 });
}

/** A valid scenario (every field in its own range) with combined shocks and, sometimes, an as-of year. */
function scenarioWithShocks(pack: ModelPack) {
  const { baseYear, lastPlanYear } = pack.model;
  return fc
    .tuple(
      scenarioArb(pack),
      shocksArb(pack),
      fc.option(fc.integer({ min: baseYear, max: lastPlanYear }), { nil: undefined }),
    )
    .map(([spec, shocks, asOf]) => ({ ...spec, shocks, ...(asOf === undefined ? {} : { asOf }) }));
}

/** Series that are levels (stocks, flows, prices, counts): each must stay finite and above zero. */
const POSITIVE: (keyof Projection)[] = [
  'grdpReal',
  'grdpNominal',
  'grdpDeflator',
  'population',
  'perCapita',
  'revenue',
  'ownRevenue',
  'recurrent',
  'transfers',
  'capital',
  'labour',
  'exports',
];

/** Every number of a projection finite, every level above zero; returns what is not. */
function badValues(p: Projection): string[] {
  const bad: string[] = [];
  const walk = (v: unknown, path: string): void => {
    if (Array.isArray(v) || ArrayBuffer.isView(v))
      Array.from(v as ArrayLike<number>).forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v !== null && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
    else if ((typeof v === 'number' && !Number.isFinite(v)) || (v === null && path !== 'asOf'))
      bad.push(`${path} = ${String(v)}`);
  };
  // A projection's series are getters of the variable list's outputs: walk each one by name.
  for (const o of OUTPUTS) walk(p[o.id], o.id);
  walk(p.indicators, 'indicators');
  walk(p.period, 'period');
  const atLeast = (xs: ArrayLike<number>, min: number, strict: boolean, name: string) =>
    Array.from(xs).forEach((v, t) => {
      if (strict ? !(v > min) : !(v >= min)) bad.push(`${name}[${t}] = ${v}`);
    });
  for (const key of POSITIVE) atLeast(p[key] as ArrayLike<number>, 0, true, key);
  for (const s of SECTORS) {
    for (const key of ['real', 'nominal', 'deflator'] as const) atLeast(p[key][s], 0, true, `${key}.${s}`);
    atLeast(p.share[s], 0, false, `share.${s}`);
  }
  atLeast(p.investment, 0, false, 'investment');
  return bad;
}

describe.each([
  ['tiny', () => tinyPack()],
  ['ben-tre-2021-2025', () => loadModelPack('ben-tre-2021-2025')],
])('combined shocks on %s', (_name, load) => {
  it('every valid scenario projects to finite numbers and positive levels, or is refused naming the shocks', () => {
    const pack = load();
    let accepted = 0;
    let refused = 0;
    let nearEdge = 0;
    fc.assert(
      fc.property(scenarioWithShocks(pack), (spec) => {
        const r = resolveScenario(pack, spec);
        if (!r.ok) {
          refused += 1;
          for (const p of r.problems) {
            expect(p.code, p.message).toBe('level_not_positive');
            expect(p.message).toMatch(/in \d{4} to -?[\d.]+ %/);
          }
          return;
        }
        accepted += 1;
        if (SECTORS.some((s) => r.value.growth[s].some((g) => g < -0.8))) nearEdge += 1;
        expect(badValues(project(pack, r.value))).toEqual([]);
      }),
      { numRuns: 600, seed: 16 },
    );
    // The generator reaches both sides of the edge, and close to it on the accepted side.
    expect(accepted).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(10);
    expect(nearEdge).toBeGreaterThan(5);
  }, 60_000);
});
