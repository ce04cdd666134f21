import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { loadScenario } from '../../src/io/load-scenario.ts';
import type { Target } from '../../src/schema/target.ts';
import { emptyPeriod } from '../../src/model/projection.ts';
import { codeOf, compileTarget, reduceValue, REDUCE, statusOf, yearValue } from '../../src/targets/scorer.ts';
import { McPlan } from '../../src/uncertainty/plan.ts';

const pack = loadModelPack('ben-tre-2021-2025');

/** The status of a compiled target without any shortcut: reduce, then classify (as the scorecard does). */
function exactCode(
  op: Parameters<typeof statusOf>[0],
  last: number,
  period: ReturnType<typeof emptyPeriod>,
): number {
  if (op.reduce >= REDUCE.annual) {
    let worst = -1;
    const rank = [2, 3, 1, 0];
    for (let i = 1; i <= last; i++) {
      const c = codeOf(op, yearValue(op, op.arr, op.off, i));
      worst = worst < 0 || rank[c]! < rank[worst]! ? c : worst;
    }
    return worst;
  }
  const v = reduceValue(op, op.arr, op.off, last, period);
  return v - v === 0 ? codeOf(op, v) : 4;
}

describe('statusOf (the Monte Carlo path, with the growth shortcut) equals reduce-then-classify', () => {
  it('on 3,000 draws of each shipped Ben Tre scenario, for every scored target', () => {
    for (const name of ['plan-midpoint', 'plan-low', 'covid-2021']) {
      const plan = new McPlan(pack, loadScenario(name, pack));
      const k = plan.kernel;
      let compared = 0;
      for (let i = 0; i < 3000; i++) {
        plan.drawInputs(9, i);
        k.run();
        for (const c of plan.targets) {
          if (statusOf(c.op, k.n - 1, k.period) !== exactCode(c.op, k.n - 1, k.period))
            throw new Error(`${name} draw ${i}: ${c.target.id} differs`);
          compared++;
        }
      }
      expect(compared).toBe(3000 * plan.targets.length);
    }
  });
});

/** An avgGrowth target over a 5-year path whose end/start ratio is r (kernel with n = 6). */
function scoreRatio(t: Target, r: number): { fast: number; exact: number } {
  const arr = Float64Array.from([1, 1, 1, 1, 1, r]);
  const op = compileTarget(t, 100, 5, { arr, off: 0, scalar: null });
  const v = (Math.pow(r, 1 / 5) - 1) * 100;
  return { fast: statusOf(op, 5, emptyPeriod()), exact: v - v === 0 ? codeOf(op, v) : 4 };
}

const rangeTarget = {
  id: 'g',
  clause: '1.2.a',
  name: { vi: 'g', en: 'g' },
  series: 'grdpReal',
  kind: 'avgGrowth',
  comparator: 'range',
  min: 8.5,
  max: 9.5,
  unit: '%',
  direction: 'up',
  modelled: 'model',
} as unknown as Target;

describe('average growth scored from the end/start ratio without Math.pow', () => {
  const targets: Target[] = [
    rangeTarget,
    { ...rangeTarget, direction: 'neutral' } as Target,
    { ...rangeTarget, comparator: 'atLeast', value: 7, min: undefined, max: undefined } as unknown as Target,
    { ...rangeTarget, comparator: 'atMost', value: -2, min: undefined, max: undefined } as unknown as Target,
    {
      ...rangeTarget,
      comparator: 'about',
      value: 6,
      tol: 0.5,
      min: undefined,
      max: undefined,
    } as unknown as Target,
    {
      ...rangeTarget,
      comparator: 'about',
      value: 6,
      tol: 0,
      min: undefined,
      max: undefined,
    } as unknown as Target,
    // Thresholds at or near −100 %: the base 1 + θ/100 is tiny and its own rounding matters.
    { ...rangeTarget, comparator: 'atMost', value: -99.99999, nearTol: 0, min: undefined, max: undefined },
    { ...rangeTarget, comparator: 'atLeast', value: -99.9, min: undefined, max: undefined },
  ] as Target[];
  // Each target's thresholds as ratios: the draws most likely to expose a wrong shortcut.
  const edges = (t: Target) =>
    [
      t.min,
      t.max,
      t.value,
      (t.value ?? 0) + 0.5,
      (t.value ?? 0) - 0.5,
      9.5 + 0.5,
      8.5 - 0.5,
      7 - 0.5,
      -2 + 0.5,
      -99.9 - 0.05,
    ]
      .filter((v): v is number => typeof v === 'number')
      .map((v) => Math.pow(1 + v / 100, 5));

  it('agrees with the exact status near every threshold, at ulp distances and at odd ratios', () => {
    const arb = fc.tuple(
      fc.constantFrom(...targets),
      fc.oneof(
        fc.double({ min: 0.2, max: 3, noNaN: true }),
        fc.constantFrom(0, -1, Infinity, NaN, Number.MIN_VALUE),
        fc.tuple(fc.nat(8), fc.integer({ min: -40, max: 40 })).map(([i, k]) => ({ i, k })),
        fc.tuple(fc.nat(8), fc.integer({ min: -100, max: 100 })).map(([i, k]) => ({ i, rel: k * 1e-10 })),
      ),
    );
    fc.assert(
      fc.property(arb, ([t, x]) => {
        const list = edges(t);
        const at = typeof x === 'number' ? 0 : list[x.i % list.length]!;
        const r =
          typeof x === 'number'
            ? x
            : 'rel' in x
              ? at * (1 + x.rel)
              : at * (1 + x.k * Number.EPSILON * 2 ** (x.k % 7));
        const { fast, exact } = scoreRatio(t, r);
        expect(fast).toBe(exact);
      }),
      { numRuns: 20_000 },
    );
  });

  it('a met, a near and a missed draw of the 8.5-9.5 % band (hand-checked)', () => {
    expect(scoreRatio(rangeTarget, 1.09 ** 5).fast).toBe(0);
    expect(scoreRatio(rangeTarget, 1.08 ** 5).exact).toBe(scoreRatio(rangeTarget, 1.08 ** 5).fast);
    expect(scoreRatio(rangeTarget, 1.02 ** 5).fast).toBe(3);
    expect(scoreRatio(rangeTarget, 1.12 ** 5).fast).toBe(1);
    expect(scoreRatio(rangeTarget, -1).fast).toBe(4);
  });
});
