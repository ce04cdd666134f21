import { describe, expect, it } from 'vitest';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { ProjectionKernel } from '../../src/model/kernel.ts';
import { project } from '../../src/model/project.ts';
import { input as inputVariable } from '../../src/model/input-variables.ts';
import { resolveOk } from '../helpers/tiny.ts';

const pack = loadModelPack('ben-tre-2021-2025');

describe('project() reuses one kernel per pack but never its results', () => {
  it('an earlier projection keeps its numbers after later runs with other inputs', () => {
    const low = project(pack, resolveOk(pack, { assumptions: { growth: { II: 5 } } }));
    const before = Array.from(low.grdpReal);
    const high = project(pack, resolveOk(pack, { assumptions: { growth: { II: 20 } } }));
    expect(Array.from(low.grdpReal)).toEqual(before);
    expect(high.grdpReal.at(-1)!).toBeGreaterThan(low.grdpReal.at(-1)!);
  });

  it('a run after an as-of run reads no stale actuals, and other plan years get a kernel of their own', () => {
    const asOf = project(pack, resolveOk(pack, { asOf: 2022 }));
    const plain = project(pack, resolveOk(pack));
    const fresh = new ProjectionKernel(pack, resolveOk(pack));
    fresh.run();
    expect(Array.from(plain.growth)).toEqual(Array.from(fresh.growth));
    expect(Array.from(plain.investment)).toEqual(Array.from(fresh.investment));
    expect(asOf.growth[1]).not.toBe(plain.growth[1]);
    const vl = loadModelPack('vinh-long-2026-2030');
    expect(project(vl, resolveOk(vl)).years).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
  });

  it('a frozen path loaded last time is skipped, a changed or unfrozen one is copied: every run equals a fresh kernel', () => {
    const fresh = (i: ReturnType<typeof resolveOk>) => {
      const k = new ProjectionKernel(pack, i);
      k.run();
      return { investment: Array.from(k.investment), population: Array.from(k.population) };
    };
    const viaProject = (i: ReturnType<typeof resolveOk>) => {
      const p = project(pack, i);
      return { investment: Array.from(p.investment), population: Array.from(p.population) };
    };
    const base = resolveOk(pack, { asOf: 2023 });
    expect(Object.isFrozen(base.growth.II)).toBe(true);
    expect(Object.isFrozen(base.actuals)).toBe(true);
    expect(Object.isFrozen(base)).toBe(true);
    // The solver's way: one new path, the others shared with the input before.
    const rate = inputVariable('investment.rate');
    const moved = rate.write!(
      base,
      base.investment.rate.map((r) => r + 0.05),
    );
    const trial = base.populationGrowth.map((g) => g + 0.01);
    const unfrozen = { ...base, populationGrowth: trial };
    const other = resolveOk(pack, { assumptions: { growth: { II: 20 } } });
    // base twice in a row (skipped whole), then another frozen input and back (flattened once each).
    const seen = [base, moved, base, unfrozen, base, base, other, base].map((i) => {
      const got = viaProject(i);
      expect(got).toEqual(fresh(i));
      return got;
    });
    expect(seen[1]!.investment).not.toEqual(seen[0]!.investment);
    expect(seen[3]!.population).not.toEqual(seen[0]!.population);
    expect(seen[6]!.investment).not.toEqual(seen[0]!.investment);
    expect(seen[7]).toEqual(seen[0]);
    // An unfrozen path changed in place between two runs of the same input is read again.
    trial[3] = 0.05;
    const after = viaProject(unfrozen);
    expect(after).toEqual(fresh(unfrozen));
    expect(after.population).not.toEqual(seen[3]!.population);
  });
});
