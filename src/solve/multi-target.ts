import { SECTORS } from '../core/sectors.ts';
import { project } from '../model/project.ts';
import type { RunInput } from '../model/resolved-scenario.ts';
import type { LocalizedText } from '../schema/common.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import type { Target } from '../schema/target.ts';
import { nearTolerance, type TargetStatus } from '../targets/compare.ts';
import { evaluateTarget } from '../targets/evaluate-target.ts';
import { figuresBehindTarget } from '../targets/estimates.ts';
import { satisfyingBand, shortfall } from './boundary.ts';
import { figuresOf, type GoalSeekResult } from './goal-seek.ts';
import { leastChange } from './sqp.ts';
import { applyLevers, baseLeverValue, leverDef, remainingOffsets, type LeverDef } from './levers.ts';

/** The default levers of docs/model.md §8.2: each sector's real growth shift and deflator shift. */
export const SECTOR_LEVERS = [...SECTORS.map((s) => `growth.${s}`), ...SECTORS.map((s) => `deflator.${s}`)];

export interface MultiTargetOptions {
  /** Lever ids; default: the eight sector shifts plus the modelled targets' own scalar levers. */
  levers?: readonly string[];
  /** Count exceeding a band (direction up) as a miss. */
  strict?: boolean;
  /** Model runs allowed (default 600). */
  maxRuns?: number;
}

export interface MultiTargetRow {
  id: string;
  clause: string;
  name: LocalizedText;
  unit: string;
  before: { status: TargetStatus; projected: number | null };
  after: { status: TargetStatus; projected: number | null; gap: number | null };
  /** Distance outside the satisfying set after the solve, in the target's unit (0: met). */
  remaining: number;
  /** No lever moves this target. */
  unmovable: boolean;
}

export interface MultiTargetResult {
  asOf: number | null;
  levers: {
    id: string;
    label: LocalizedText;
    unit: string;
    mode: LeverDef['mode'];
    current: number;
    value: number;
    change: number;
    atBound: boolean;
  }[];
  rows: MultiTargetRow[];
  /** True when every modelled target is met at the answer; otherwise the answer is the closest miss. */
  allMet: boolean;
  figures: GoalSeekResult['figures'];
  /** Σ (change/σ)²: the size of the change in "typical years". */
  distance: number;
  runs: number;
  notes: ('structure-without-deflator' | 'no-remaining-years' | 'cannot-assess-skipped')[];
  /** Modelled targets left out of the solve: they cannot be assessed (they rest on placeholders). */
  skipped: { id: string; clause: string; name: LocalizedText; placeholders: string[] }[];
}

const RHO = 1e6;
const MARGIN = 1e-3;

/**
 * Finds the smallest change to the assumptions meeting every modelled target, docs/model.md §8.2,
 * eqs. (59)–(61): min ½Σ_j z_j² + ½ρ·Σ_i max(0, c_i)², z_j = (θ_j − θ0_j)/σ_j, c_i = violation of one
 * side of target k's band shrunk by 0.1 % of scale_k (so the answer lands inside) over scale_k = the
 * target's near tolerance, box bounds from the lever ranges; SQP with elastic constraints
 * (src/solve/sqp.ts) and a fixed penalty ρ = 1e6, started from the current assumptions. Deterministic.
 * When the shortfalls cannot all reach 0, the answer is the closest miss with the remaining gaps.
 */
export function solveAll(pack: ModelPack, input: RunInput, opts: MultiTargetOptions = {}): MultiTargetResult {
  // A target that cannot be assessed rests on a placeholder: seeking it would chase a guess.
  const start = project(pack, input);
  const behind = (t: Target) => figuresBehindTarget(pack, t, start).placeholders;
  const modelled = pack.targets.filter((t) => t.modelled === 'model' && t.series);
  const targets = modelled.filter((t) => behind(t).length === 0);
  const skipped = modelled
    .filter((t) => behind(t).length > 0)
    .map((t) => ({ id: t.id, clause: t.clause, name: t.name, placeholders: behind(t) }));
  const ids = opts.levers ?? defaultLevers(pack, targets);
  const defs = ids.map((id) => leverDef(pack, id)).filter((d): d is LeverDef => d !== null);
  const base = defs.map((d) => baseLeverValue(input, d));
  const lo = defs.map((d, j) => (d.min - base[j]!) / d.sigma);
  const hi = defs.map((d, j) => (d.max - base[j]!) / d.sigma);
  const strict = opts.strict ?? false;
  const maxRuns = opts.maxRuns ?? 600;
  let runs = 0;
  const inputAt = (z: readonly number[]) =>
    applyLevers(
      input,
      defs.map((def, j) => ({ def, value: base[j]! + def.sigma * z[j]! })),
    );
  const outcomesAt = (z: readonly number[]) => {
    runs += 1;
    const p = project(pack, inputAt(z));
    return { p, outcomes: targets.map((t) => evaluateTarget(t, p)) };
  };
  const scale = targets.map((t) => Math.max(nearTolerance(t), 1e-9));
  const bands = targets.map((t) => satisfyingBand(t, strict));
  // One constraint row per finite side of each target (per year for yearly kinds), ≤ 0 when met.
  const constraints = (z: readonly number[]) =>
    outcomesAt(z).outcomes.flatMap((o, k) => {
      const { lo, hi } = bands[k]!;
      const m = MARGIN * scale[k]!;
      const values = o.perYear ? o.perYear.map((y) => y.value) : [o.projected ?? NaN];
      return values.flatMap((v) => [
        ...(Number.isFinite(lo) ? [(lo + m - v) / scale[k]!] : []),
        ...(Number.isFinite(hi) ? [(v - hi + m) / scale[k]!] : []),
      ]);
    });
  const notes: MultiTargetResult['notes'] = [];
  const zero = defs.map(() => 0);
  let z = zero;
  if (skipped.length > 0) notes.push('cannot-assess-skipped');
  if (remainingOffsets(input).length === 0) notes.push('no-remaining-years');
  else z = leastChange({ constraints, lo, hi }, zero, { rho: RHO, maxEvaluations: maxRuns }).z;
  const before = outcomesAt(zero);
  const after = outcomesAt(z);
  const moved = defs.map((_, j) => {
    const zz = zero.slice();
    zz[j] = 1;
    return outcomesAt(zz).outcomes;
  });
  const rows = targets.map((t, k): MultiTargetRow => {
    const b = before.outcomes[k]!;
    const a = after.outcomes[k]!;
    const unmovable = moved.every((o) => o[k]!.projected === b.projected);
    return {
      id: t.id,
      clause: t.clause,
      name: t.name,
      unit: t.unit,
      before: { status: b.status, projected: b.projected },
      after: { status: a.status, projected: a.projected, gap: a.gap },
      remaining: shortfall(t, a, 0, strict),
      unmovable,
    };
  });
  if (targets.some((t) => t.series?.startsWith('share.')) && !defs.some((d) => d.id.startsWith('deflator.')))
    notes.push('structure-without-deflator');
  const levers = defs.map((d, j) => {
    const value = base[j]! + d.sigma * z[j]!;
    const atBound = z[j]! <= lo[j]! + 1e-9 || z[j]! >= hi[j]! - 1e-9;
    return {
      id: d.id,
      label: d.label,
      unit: d.unit,
      mode: d.mode,
      current: base[j]!,
      value,
      change: value - base[j]!,
      atBound,
    };
  });
  return {
    asOf: input.asOf,
    levers,
    rows,
    allMet: rows.every((r) => r.remaining <= 0),
    figures: figuresOf(after.p),
    distance: z.reduce((s, x) => s + x * x, 0),
    runs,
    notes,
    skipped,
  };
}

/** The eight sector shifts plus the scalar levers the modelled targets name (revenue ratio, ICOR, …). */
export function defaultLevers(pack: ModelPack, targets: readonly Target[]): string[] {
  const own = targets
    .map((t) => t.lever)
    .filter(
      (l): l is string => l !== undefined && !/^(growth|deflator)\./.test(l) && leverDef(pack, l) !== null,
    );
  return [...SECTOR_LEVERS, ...new Set(own)];
}
