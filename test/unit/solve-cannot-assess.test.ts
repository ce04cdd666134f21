import { describe, expect, it } from 'vitest';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { goalSeek } from '../../src/solve/goal-seek.ts';
import { leverDef } from '../../src/solve/levers.ts';
import { solveAll } from '../../src/solve/multi-target.ts';
import { resolveOk } from '../helpers/tiny.ts';

// Ben Tre: the self-balance rests on the assumed 2020 recurrent spending and the poverty pace on the
// province's own 2024 target (both placeholders), so neither has a verdict to seek.
const pack = loadModelPack('ben-tre-2021-2025');
const input = resolveOk(pack, { asOf: 2022 });

describe('solvers leave out targets that cannot be assessed', () => {
  it('solve --all: the placeholder-based target is skipped with a note, not sought', () => {
    const r = solveAll(pack, input, { levers: ['growth.all'], maxRuns: 60 });
    expect(r.notes).toContain('cannot-assess-skipped');
    const skipped = r.skipped.find((x) => x.id === 'self-balance-province')!;
    expect(skipped.placeholders).toContain('baseline.recurrentSpendingBn');
    expect(r.rows.map((x) => x.id)).not.toContain('self-balance-province');
    // Assessable modelled targets are still solved for.
    expect(r.rows.map((x) => x.id)).toContain('grdp-growth');
  });

  it('goal seek on a cannot-assess target: no lever value, reason cannot-assess', () => {
    const t = pack.targets.find((x) => x.id === 'poverty-reduction')!;
    const g = goalSeek(pack, input, t, leverDef(pack, t.lever!)!, { sideEffects: false });
    expect(g.reachable).toBe(false);
    expect(g.value).toBeNull();
    expect(g.reason).toBe('cannot-assess');
    expect(g.before.status).toBe('cannot-assess');
    expect(g.best).toBeUndefined();
  });
});
