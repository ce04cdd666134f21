import { describe, expect, it } from 'vitest';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { ProjectionKernel } from '../../src/model/kernel.ts';
import { project } from '../../src/model/project.ts';
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
});
