import { averageGrowth, project } from '../model/project.ts';
import type { Projection } from '../model/projection.ts';
import type { RunInput } from '../model/resolved-scenario.ts';
import type { LocalizedText } from '../schema/common.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import type { Target } from '../schema/target.ts';
import type { TargetStatus } from '../targets/compare.ts';
import { evaluateTarget, type TargetOutcome } from '../targets/evaluate-target.ts';
import { figuresBehindTarget } from '../targets/estimates.ts';
import { evaluate } from '../targets/scorecard.ts';
import { goalFor, goalValue, type Goal } from './boundary.ts';
import { brent } from './brent.ts';
import { applyLever, baseLeverValue, remainingOffsets, type LeverDef } from './levers.ts';

export const MAX_EVALUATIONS = 100;

/** Why a goal seek gives no lever value. */
export type UnreachableReason =
  'out-of-range' | 'no-effect' | 'no-remaining-years' | 'not-modelled' | 'cannot-assess';

/** A target whose status changes when the lever moves to the answer. */
export interface SideEffect {
  id: string;
  clause: string;
  name: LocalizedText;
  unit: string;
  before: { status: TargetStatus; projected: number | null };
  after: { status: TargetStatus; projected: number | null };
}

export interface GoalSeekResult {
  target: { id: string; clause: string; name: LocalizedText; unit: string };
  lever: {
    id: string;
    label: LocalizedText;
    unit: string;
    mode: LeverDef['mode'];
    min: number;
    max: number;
    base: number;
  };
  goal: Goal;
  asOf: number | null;
  reachable: boolean;
  reason?: UnreachableReason;
  /** θ* that puts the target on its boundary (met side); null when unreachable. */
  value: number | null;
  /** Unreachable: the end of the range that comes closest, with the target's value and gap there. */
  best?: { value: number; projected: number | null; gap: number | null; status: TargetStatus };
  before: { projected: number | null; status: TargetStatus; gap: number | null };
  /** The target at the answer (θ* or the best end). */
  after: { projected: number | null; status: TargetStatus; gap: number | null };
  /** Headline figures at the answer: average real GRDP growth and GRDP deflator growth (%/yr), last-year per capita. */
  figures: { avgGrowthPct: number; deflatorGrowthPct: number; perCapita: number };
  sideEffects: SideEffect[];
  evaluations: number;
  converged: boolean;
}

/** Options: `sideEffects: false` skips the full scorecards (the scorecard's `required` column). */
export interface GoalSeekOptions {
  sideEffects?: boolean;
}

/**
 * Finds the value θ of one lever that puts one target on its boundary, docs/model.md §8.1:
 * f(θ) = v(θ) − boundary over the lever's allowed range; points stepping out from the current
 * value (doubling steps) bracket the sign change nearest the current value, Brent's method closes it to
 * |Δθ| ≤ 1e-7 (the centre of an "about" target also at |f| ≤ 1e-6·|boundary|, docs/model.md eq. (55);
 * ≤ 100 model runs), and the bracket end on the met side is returned. No sign change: unreachable,
 * with the best end value and its gap — never a guess.
 */
export function goalSeek(
  pack: ModelPack,
  input: RunInput,
  target: Target,
  def: LeverDef,
  opts: GoalSeekOptions = {},
): GoalSeekResult {
  const base = baseLeverValue(input, def);
  const baseProjection = project(pack, input);
  const baseOutcome = evaluateTarget(target, baseProjection, boundsOf(pack, target));
  const goal = goalFor(target, baseOutcome);
  const at = (p: Projection) => evaluateTarget(target, p, boundsOf(pack, target));
  let evaluations = 0;
  const run = (theta: number) => {
    evaluations += 1;
    return project(pack, applyLever(input, def, theta));
  };
  const f = (theta: number) => goalValue(goal, at(run(theta)));
  const head = {
    target: { id: target.id, clause: target.clause, name: target.name, unit: target.unit },
    lever: { id: def.id, label: def.label, unit: def.unit, mode: def.mode, min: def.min, max: def.max, base },
    goal,
    asOf: input.asOf,
    before: brief(baseOutcome),
  };
  const finish = (
    theta: number,
    reachable: boolean,
    converged: boolean,
    reason?: UnreachableReason,
  ): GoalSeekResult => {
    const p = run(theta);
    const outcome = at(p);
    const out: GoalSeekResult = {
      ...head,
      reachable,
      value: reachable ? theta : null,
      after: brief(outcome),
      figures: figuresOf(p),
      sideEffects: opts.sideEffects === false ? [] : sideEffects(pack, baseProjection, p, target.id),
      evaluations,
      converged,
    };
    if (reason) out.reason = reason;
    if (!reachable) out.best = { value: theta, ...brief(outcome) };
    return out;
  };
  if (baseOutcome.status === 'not-modelled') return finish(base, false, true, 'not-modelled');
  // A target resting on a placeholder has no verdict, so no value of a lever "reaches" it.
  if (figuresBehindTarget(pack, target, baseProjection).placeholders.length > 0) {
    const out = finish(base, false, true, 'cannot-assess');
    const none = { status: 'cannot-assess' as const, projected: out.before.projected, gap: null };
    const { best: _unused, ...rest } = out;
    return { ...rest, before: { ...out.before, ...none }, after: { ...out.after, ...none } };
  }
  if (remainingOffsets(input).length === 0) return finish(base, false, true, 'no-remaining-years');

  const grid = bracketPoints(def, base).map((x) => ({ x, fx: f(x) }));
  const finite = grid.filter((g) => Number.isFinite(g.fx));
  const exact = finite
    .filter((g) => g.fx === 0)
    .sort((p, q) => Math.abs(p.x - base) - Math.abs(q.x - base))[0];
  if (exact) return finish(exact.x, true, true);
  const brackets: [(typeof grid)[number], (typeof grid)[number]][] = [];
  for (let i = 1; i < finite.length; i++)
    if (Math.sign(finite[i - 1]!.fx) !== Math.sign(finite[i]!.fx))
      brackets.push([finite[i - 1]!, finite[i]!]);
  if (brackets.length === 0) {
    const spread = Math.max(...finite.map((g) => g.fx)) - Math.min(...finite.map((g) => g.fx));
    const noEffect = finite.length > 1 && spread <= 1e-12 * (1 + Math.abs(goal.boundary));
    const best = bestEnd(finite.length > 0 ? finite : grid, goal);
    return finish(best, false, true, noEffect ? 'no-effect' : 'out-of-range');
  }
  const distance = (b: [{ x: number }, { x: number }]) =>
    base >= b[0].x && base <= b[1].x ? 0 : Math.min(Math.abs(b[0].x - base), Math.abs(b[1].x - base));
  brackets.sort((p, q) => distance(p) - distance(q));
  const [lo, hi] = brackets[0]!;
  // One-sided targets close the bracket to |Δθ| ≤ 1e-7 so its met-side end is returned;
  // the centre of an "about" target may stop early at |f| ≤ 1e-6·|boundary|.
  const ftol = goal.metSide === 0 ? 1e-6 * Math.max(Math.abs(goal.boundary), 1e-9) : 0;
  const r = brent(f, lo.x, lo.fx, hi.x, hi.fx, {
    xtol: 1e-7,
    ftol,
    maxEvaluations: MAX_EVALUATIONS - evaluations - 1,
  });
  return finish(metSideEnd(r, goal), true, r.converged);
}

function boundsOf(pack: ModelPack, t: Target) {
  const d = pack.model.indicators.find((x) => `indicator.${x.id}` === t.series);
  return d ? { min: d.min, max: d.max } : undefined;
}

function brief(o: TargetOutcome) {
  return { projected: o.projected, status: o.status, gap: o.gap };
}

/**
 * Points to bracket the root nearest the current value: the current value, steps of
 * σ·{¼, ½, 1, 2, 4, …} on both sides (σ = the lever's typical move) and the range's ends, ascending.
 */
function bracketPoints(def: LeverDef, base: number): number[] {
  const pts = new Set<number>([def.min, def.max]);
  if (base > def.min && base < def.max) pts.add(base);
  for (let step = def.sigma / 4; step < def.max - def.min; step *= 2) {
    if (base - step > def.min) pts.add(base - step);
    if (base + step < def.max) pts.add(base + step);
  }
  return [...pts].sort((a, b) => a - b);
}

/** The grid point nearest the met side: largest f when the target binds from below, smallest from above. */
function bestEnd(points: readonly { x: number; fx: number }[], goal: Goal): number {
  const score = (fx: number) =>
    !Number.isFinite(fx) ? -Infinity : goal.metSide === 0 ? -Math.abs(fx) : goal.metSide * fx;
  return points.reduce((b, p) => (score(p.fx) > score(b.fx) ? p : b)).x;
}

/** Of the final bracket, the end whose f lies on the met side (the best estimate for "about"). */
function metSideEnd(
  r: { x: number; fx: number; a: number; fa: number; b: number; fb: number },
  goal: Goal,
): number {
  if (goal.metSide === 0) return r.x;
  const ok = (fx: number) => goal.metSide * fx >= 0;
  if (ok(r.fx)) return r.x;
  return ok(r.fa) ? r.a : r.b;
}

/** Average real GRDP growth and GRDP deflator growth (%/yr) and last-year per capita of a projection. */
export function figuresOf(p: Projection): GoalSeekResult['figures'] {
  return {
    avgGrowthPct: averageGrowth(p.grdpReal) * 100,
    deflatorGrowthPct: averageGrowth(p.grdpDeflator) * 100,
    perCapita: p.perCapita.at(-1)!,
  };
}

/** The other targets whose status differs between two projections. */
export function sideEffects(
  pack: ModelPack,
  before: Projection,
  after: Projection,
  skipId: string,
): SideEffect[] {
  const a = evaluate(pack, before).rows;
  const b = evaluate(pack, after).rows;
  return a.flatMap((row, i) => {
    const next = b[i]!;
    if (row.id === skipId || row.status === next.status) return [];
    return [
      {
        id: row.id,
        clause: row.clause,
        name: row.name,
        unit: row.unit,
        before: { status: row.status, projected: row.projected },
        after: { status: next.status, projected: next.projected },
      },
    ];
  });
}
