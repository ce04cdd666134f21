import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { project } from '../../src/model/project.ts';
import { applyLevers, leverDef } from '../../src/solve/levers.ts';
import { SECTOR_LEVERS, solveAll } from '../../src/solve/multi-target.ts';
import { isMet } from '../../src/targets/compare.ts';
import { evaluate } from '../../src/targets/scorecard.ts';
import { resolveOk } from '../helpers/tiny.ts';

const pack = loadModelPack(path.resolve(import.meta.dirname, '..', 'fixtures', 'solve-five-year'));
const input = resolveOk(pack);

describe('solveAll (docs/model.md §8.2)', () => {
  const r = solveAll(pack, input);

  it('meets every modelled target with a few hundred runs at most', () => {
    expect(r.allMet).toBe(true);
    expect(r.runs).toBeLessThanOrEqual(600);
    // re-run with the answer: every modelled target is met
    const moved = applyLevers(
      input,
      r.levers.map((l) => ({ def: leverDef(pack, l.id)!, value: l.value })),
    );
    const card = evaluate(pack, project(pack, moved));
    for (const row of card.rows)
      if (pack.targets.find((t) => t.id === row.id)!.modelled === 'model')
        expect(isMet(row.status), row.id).toBe(true);
  });

  it('is deterministic and stable to 3 significant digits across budgets', () => {
    const again = solveAll(pack, input);
    expect(again).toEqual(r);
    const bigger = solveAll(pack, input, { maxRuns: 2000 });
    for (const [i, l] of r.levers.entries())
      expect(Math.abs(bigger.levers[i]!.change - l.change)).toBeLessThanOrEqual(
        1e-3 * Math.max(1, Math.abs(l.change)),
      );
  });

  it('changes nothing that need not change: targets already met and no lever moves', () => {
    const easy = structuredClone(pack);
    easy.targets = easy.targets.filter((t) => ['grdp-growth', 'exports'].includes(t.id));
    const e = solveAll(easy, input);
    expect(e.allMet).toBe(true);
    expect(Math.max(...e.levers.map((l) => Math.abs(l.change)))).toBeLessThan(1e-6);
  });

  it('gives the closest miss with the remaining gap when a target cannot move', () => {
    const hard = structuredClone(pack);
    hard.targets.find((t) => t.id === 'exports')!.value = 20000;
    const h = solveAll(hard, input, { levers: SECTOR_LEVERS });
    expect(h.allMet).toBe(false);
    const ex = h.rows.find((x) => x.id === 'exports')!;
    expect(ex.unmovable).toBe(true);
    expect(ex.remaining).toBeCloseTo(20000 - 10340, -1);
  });

  it('as of 2023 moves only the remaining years and notes a structure without deflator levers', () => {
    const a = solveAll(pack, resolveOk(pack, { asOf: 2023 }), {
      levers: ['growth.I', 'growth.II', 'growth.III', 'growth.T'],
    });
    expect(a.asOf).toBe(2023);
    expect(a.notes).toContain('structure-without-deflator');
  });
});
