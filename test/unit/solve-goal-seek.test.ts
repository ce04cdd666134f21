import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { project } from '../../src/model/project.ts';
import { brent } from '../../src/solve/brent.ts';
import { findTarget } from '../../src/solve/find-target.ts';
import { goalSeek } from '../../src/solve/goal-seek.ts';
import { applyLever, leverDef, leverIds, parseLever } from '../../src/solve/levers.ts';
import { withRequired } from '../../src/solve/required.ts';
import { isMet } from '../../src/targets/compare.ts';
import { evaluateTarget } from '../../src/targets/evaluate-target.ts';
import { evaluate } from '../../src/targets/scorecard.ts';
import { resolveOk } from '../helpers/tiny.ts';

/** docs/model.md §13 worked example as a pack: its goal-seek answers are known. */
export const FIVE_DIR = path.resolve(import.meta.dirname, '..', 'fixtures', 'solve-five-year');
const pack = loadModelPack(FIVE_DIR);
const input = resolveOk(pack);
const target = (id: string) => pack.targets.find((t) => t.id === id)!;
const lever = (id: string) => leverDef(pack, id)!;

describe('brent', () => {
  it('finds √2 within 1e-12 in few evaluations and keeps a sign-changing bracket', () => {
    const f = (x: number) => x * x - 2;
    const r = brent(f, 0, -2, 2, 2, { xtol: 1e-12, ftol: 0, maxEvaluations: 100 });
    expect(r.x).toBeCloseTo(Math.SQRT2, 11);
    expect(r.evaluations).toBeLessThan(15);
    expect(Math.sign(r.fa) * Math.sign(r.fb)).toBeLessThanOrEqual(0);
  });
});

describe('goal seek on the docs/model.md §13 worked example', () => {
  it.each([
    ['per-capita', 'growth.all', 1.98, 0.02],
    ['per-capita', 'growth.II', 7.0, 0.07],
    ['per-capita', 'deflator.all', 1.88, 0.03],
    ['revenue', 'revenueRatio', 8.51, 0.005],
    ['investment', 'icor', 3.87, 0.005],
  ])('%s via %s ≈ %f', (tid, lid, expected, tol) => {
    const g = goalSeek(pack, input, target(tid), lever(lid));
    expect(g.reachable).toBe(true);
    expect(Math.abs(g.value! - expected)).toBeLessThanOrEqual(tol);
    expect(g.evaluations).toBeLessThanOrEqual(100);
    const out = evaluateTarget(target(tid), project(pack, applyLever(input, lever(lid), g.value!)));
    expect(isMet(out.status)).toBe(true);
  });

  it('reports the resulting average growth and the side effects (average growth above its band)', () => {
    const g = goalSeek(pack, input, target('per-capita'), lever('growth.all'));
    expect(g.figures.avgGrowthPct).toBeCloseTo(10.8, 1);
    const grdp = g.sideEffects.find((s) => s.id === 'grdp-growth')!;
    expect(grdp.before.status).toBe('met');
    expect(grdp.after.status).toBe('exceeded');
    expect(grdp.after.projected).toBeGreaterThan(9.5);
  });

  it('says unreachable with the best end and its gap, never a fake value', () => {
    // one year left: population would have to fall ≈ 9 %, the lever stops at −2 %/yr
    const g = goalSeek(
      pack,
      resolveOk(pack, { asOf: 2024 }),
      target('per-capita'),
      lever('populationGrowth'),
    );
    expect(g.reachable).toBe(false);
    expect(g.value).toBeNull();
    expect(g.reason).toBe('out-of-range');
    expect(g.best!.value).toBe(-2); // shrinking population raises per capita most
    expect(g.best!.gap!).toBeLessThan(0);
  });

  it('says "no effect" when the lever does not move the target', () => {
    const g = goalSeek(pack, input, target('exports'), lever('revenueRatio'));
    expect(g).toMatchObject({ reachable: false, reason: 'no-effect', value: null });
  });

  it('says "no remaining years" as of the last plan year', () => {
    const g = goalSeek(pack, resolveOk(pack, { asOf: 2025 }), target('per-capita'), lever('growth.all'));
    expect(g).toMatchObject({ reachable: false, reason: 'no-remaining-years' });
  });

  it('moves only the years after asOf', () => {
    const asOf = resolveOk(pack, { asOf: 2023 });
    const moved = applyLever(asOf, lever('growth.II'), 5);
    expect(moved.growth.II.slice(0, 3)).toEqual(asOf.growth.II.slice(0, 3));
    expect(moved.growth.II[3]).toBeCloseTo(asOf.growth.II[3]! + 0.05, 12);
    expect(asOf.growth.II[3]).toBeCloseTo(0.16, 12); // the original is untouched
  });
});

describe('targets and levers by name', () => {
  it('accepts an id or a clause (first modelled target of the clause)', () => {
    expect(findTarget(pack, '1.2.c')).toMatchObject({ ok: true, value: { target: { id: 'per-capita' } } });
    const d = findTarget(pack, '1.2.d');
    expect(d.ok && d.value.target.id).toBe('revenue');
    expect(d.ok && d.value.others).toEqual(['district-balance']);
  });

  it('refuses an unknown target or lever, listing the valid ones', () => {
    const t = findTarget(pack, '9.9');
    expect(!t.ok && t.problems[0]!.message).toMatch(/valid targets: .*per-capita \(1\.2\.c\)/);
    const notModelled = findTarget(pack, 'district-balance');
    expect(!notModelled.ok && notModelled.problems[0]!.message).toMatch(/is not modelled/);
    const l = parseLever(pack, 'growth.IV');
    expect(!l.ok && l.problems[0]!.message).toContain('growth.all, growth.I');
    expect(leverIds(pack)).toContain('indicator.poverty');
  });
});

describe('withRequired', () => {
  it('adds the own lever value to every modelled row, null elsewhere', () => {
    const card = evaluate(pack, project(pack, input));
    const rows = withRequired(pack, input, card);
    const row = (id: string) => rows.find((r) => r.id === id)!;
    expect(row('per-capita').required).toMatchObject({ lever: 'growth.all', unit: 'pp', reachable: true });
    expect(row('per-capita').required!.value!).toBeCloseTo(1.98, 1);
    expect(row('revenue').required!.value!).toBeCloseTo(8.51, 2);
    expect(row('district-balance').required).toBeNull();
    // a met target: the value at which it would stop being met (ICOR below 4 gives less investment)
    expect(row('investment').required!.value!).toBeCloseTo(3.87, 2);
    expect(rows.map((r) => r.id)).toEqual(card.rows.map((r) => r.id));
  });
});
