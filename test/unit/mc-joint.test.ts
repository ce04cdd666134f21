import { describe, expect, it } from 'vitest';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { loadScenario } from '../../src/io/load-scenario.ts';
import { JointPlan, type JointTarget } from '../../src/uncertainty/joint.ts';
import { WILSON_Z, wilsonInterval } from '../../src/uncertainty/quantile.ts';
import { drawStream } from '../../src/uncertainty/rng.ts';
import { simulate } from '../../src/uncertainty/simulate.ts';

/** Two headline targets (growth, per capita) and one non-headline one; `assessable` as given. */
const targets = (assessable = [true, true, true]): JointTarget[] => [
  { target: { id: 'g', series: 'grdpReal' }, assessable: assessable[0]! },
  { target: { id: 'pc', series: 'perCapita' }, assessable: assessable[1]! },
  { target: { id: 'x', series: 'indicator.poverty' }, assessable: assessable[2]! },
];

/** Streams `draws` draws whose met flags come from `metOf(u1, u2, u3)` with three seeded uniforms. */
function run(plan: JointPlan, draws: number, metOf: (u: number[]) => number[]) {
  const tally = new Int32Array(plan.size);
  const met = new Uint8Array(3);
  for (let i = 0; i < draws; i++) {
    const rng = drawStream(11, i);
    const u = [rng.uniform(), rng.uniform(), rng.uniform()];
    met.set(metOf(u));
    plan.add(met, tally);
  }
  return plan.summarize(tally, draws);
}

describe('Wilson interval', () => {
  it('matches the textbook value: 81 of 263 at z = 1.96 → [0.2553, 0.3662]', () => {
    // The worked example of the Wilson score interval (e.g. Wikipedia, "Binomial proportion confidence
    // interval"), by hand: p = 0.30798, z² = 3.8415, centre = (p + z²/2n)/(1 + z²/n) = 0.31075,
    // half-width = z/(1 + z²/n)·√(p(1−p)/n + z²/4n²) = 0.05546.
    const w = wilsonInterval(81, 263);
    expect(w.lo).toBeCloseTo(0.2553, 4);
    expect(w.hi).toBeCloseTo(0.3662, 4);
    expect(WILSON_Z).toBeCloseTo(1.96, 2);
  });
});

describe('joint outcomes (JointPlan)', () => {
  const draws = 20_000;

  it('two independent targets with P = 0.6 and 0.5: P(both) ≈ 0.30 within its Wilson interval', () => {
    const r = run(new JointPlan(targets()), draws, (u) => [+(u[0]! < 0.6), +(u[1]! < 0.5), +(u[2]! < 0.9)]);
    const [g, pc] = r.joint.headline.groups;
    expect(g!.series).toBe('grdpReal');
    expect(pc!.series).toBe('perCapita');
    const product = g!.pMet * pc!.pMet;
    expect(r.joint.headline.interval.lo).toBeLessThanOrEqual(product);
    expect(r.joint.headline.interval.hi).toBeGreaterThanOrEqual(product);
    // The conditional of independent events is the marginal, within its interval.
    const c = r.joint.conditionals[0]!;
    expect(c.event).toBe('perCapita');
    expect(c.interval!.lo).toBeLessThanOrEqual(pc!.pMet);
    expect(c.interval!.hi).toBeGreaterThanOrEqual(pc!.pMet);
    expect(c.nGiven).toBe(r.joint.headline.groups[0]!.pMet * draws);
  });

  it('two perfectly dependent targets: P(both) = P(one) and P(per capita | growth) = 1', () => {
    const r = run(new JointPlan(targets()), draws, (u) => [+(u[0]! < 0.4), +(u[0]! < 0.4), +(u[2]! < 0.5)]);
    expect(r.joint.headline.pAll).toBe(r.joint.headline.groups[0]!.pMet);
    expect(r.joint.conditionals[0]!.pConditional).toBe(1);
    expect(r.joint.conditionals[0]!.interval!.hi).toBe(1);
  });

  it('P(k of n) sums to 1 and counts only the assessable targets (n stated, the others named)', () => {
    const r = run(new JointPlan(targets([true, true, false])), 5_000, (u) => u.map((x) => +(x < 0.5)));
    expect(r.countMet.n).toBe(2);
    expect(r.countMet.ids).toEqual(['g', 'pc']);
    expect(r.countMet.excluded).toEqual(['x']);
    expect(r.countMet.distribution.map((d) => d.k)).toEqual([0, 1, 2]);
    expect(r.countMet.distribution.reduce((s, d) => s + d.p, 0)).toBeCloseTo(1, 12);
    expect(r.countMet.distribution.reduce((s, d) => s + d.count, 0)).toBe(5_000);
    // Independent halves: P(1 of 2) ≈ 0.5.
    expect(r.countMet.distribution[1]!.p).toBeGreaterThan(0.47);
    expect(r.countMet.distribution[1]!.p).toBeLessThan(0.53);
  });

  it('no growth headline: no conditionals; no draw meeting growth: conditional null', () => {
    const noGrowth = new JointPlan(targets().slice(1));
    expect(run(noGrowth, 100, (u) => u.map(() => 1)).joint.conditionals).toEqual([]);
    const never = run(new JointPlan(targets()), 100, () => [0, 1, 1]);
    expect(never.joint.conditionals[0]!.pConditional).toBeNull();
    expect(never.joint.headline.pAll).toBe(0);
  });
});

describe('joint outcomes in simulate()', () => {
  it('Ben Tre: P(all headline) ≤ the smallest headline group; countMet sums to the draws', () => {
    const pack = loadModelPack('ben-tre-2021-2025');
    const r = simulate(pack, loadScenario('plan-midpoint', pack), { draws: 1_000, seed: 3 });
    const minGroup = Math.min(...r.joint.headline.groups.map((g) => g.pMet));
    expect(r.joint.headline.pAll).toBeLessThanOrEqual(minGroup);
    expect(r.countMet.distribution.reduce((s, d) => s + d.count, 0)).toBe(1_000);
    expect(r.countMet.n).toBe(r.targets.filter((t) => t.assessable).length);
    // The growth group's P equals the growth target's pMet (one scorer, one status).
    const g = r.joint.headline.groups.find((x) => x.series === 'grdpReal')!;
    expect(g.pMet).toBe(r.targets.find((t) => t.id === g.ids[0])!.pMet);
    expect(r.joint.conditionals.map((c) => c.event)).toEqual(
      expect.arrayContaining(['perCapita', 'share.', 'revenue']),
    );
  });
});
