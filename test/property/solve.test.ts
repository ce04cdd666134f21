import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { project } from '../../src/model/project.ts';
import type { Target } from '../../src/schema/target.ts';
import { goalSeek } from '../../src/solve/goal-seek.ts';
import { applyLever, leverDef } from '../../src/solve/levers.ts';
import { isMet } from '../../src/targets/compare.ts';
import { evaluateTarget } from '../../src/targets/evaluate-target.ts';
import { resolveOk } from '../helpers/tiny.ts';

const pack = loadModelPack(path.resolve(import.meta.dirname, '..', 'fixtures', 'solve-five-year'));
/** Lever → a target it moves monotonically. */
const PAIRS: [string, string][] = [
  ['growth.all', 'per-capita'],
  ['growth.II', 'per-capita'],
  ['deflator.all', 'per-capita'],
  ['deflator.III', 'share-iii'],
  ['populationGrowth', 'per-capita'],
  ['revenueRatio', 'revenue'],
  ['icor', 'investment'],
  ['exportGrowth', 'exports'],
  ['growth.T', 'growth-t'],
  ['indicator.urbanisation', 'urbanisation'],
];
const pairArb = fc.constantFrom(...PAIRS);
const asOfArb = fc.constantFrom<number | undefined>(undefined, 2021, 2023);

function atLeast(t: Target, value: number): Target {
  return {
    ...t,
    comparator: 'atLeast',
    value,
    min: undefined,
    max: undefined,
    tol: undefined,
    kind: t.kind,
    direction: 'up',
  } as Target;
}

describe('goal seek properties', () => {
  it('a reachable target is really met by the solved lever (re-run project + evaluateTarget)', () => {
    fc.assert(
      fc.property(
        pairArb,
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        asOfArb,
        ([lid, tid], u, asOf) => {
          const input = resolveOk(pack, asOf === undefined ? {} : { asOf });
          const def = leverDef(pack, lid)!;
          const truth = def.min + u * (def.max - def.min);
          const base = pack.targets.find((t) => t.id === tid)!;
          const v = evaluateTarget(base, project(pack, applyLever(input, def, truth))).projected!;
          const target = atLeast(base, v);
          const g = goalSeek(pack, input, target, def, { sideEffects: false });
          expect(g.reachable).toBe(true);
          expect(g.evaluations).toBeLessThanOrEqual(100);
          const after = evaluateTarget(target, project(pack, applyLever(input, def, g.value!)));
          expect(isMet(after.status)).toBe(true);
          expect(Math.abs(after.projected! - v)).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(v)));
        },
      ),
      { numRuns: 60, seed: 20250101 },
    );
  });

  it('a target beyond both ends of the range is reported unreachable, with the better end', () => {
    fc.assert(
      fc.property(
        pairArb,
        fc.double({ min: 1.01, max: 3, noNaN: true }),
        asOfArb,
        ([lid, tid], factor, asOf) => {
          const input = resolveOk(pack, asOf === undefined ? {} : { asOf });
          const def = leverDef(pack, lid)!;
          const base = pack.targets.find((t) => t.id === tid)!;
          const at = (x: number) => evaluateTarget(base, project(pack, applyLever(input, def, x))).projected!;
          const best = Math.max(at(def.min), at(def.max));
          const g = goalSeek(pack, input, atLeast(base, best * factor + 1), def, { sideEffects: false });
          expect(g.reachable).toBe(false);
          expect(g.value).toBeNull();
          expect(['out-of-range', 'no-effect']).toContain(g.reason);
          expect(g.best!.projected!).toBeCloseTo(best, 6);
        },
      ),
      { numRuns: 40, seed: 7 },
    );
  });

  it('solving twice gives the same answer', () => {
    fc.assert(
      fc.property(pairArb, asOfArb, ([lid, tid], asOf) => {
        const input = resolveOk(pack, asOf === undefined ? {} : { asOf });
        const t = pack.targets.find((x) => x.id === tid)!;
        expect(goalSeek(pack, input, t, leverDef(pack, lid)!)).toEqual(
          goalSeek(pack, input, t, leverDef(pack, lid)!),
        );
      }),
      { numRuns: 20, seed: 3 },
    );
  });
});
