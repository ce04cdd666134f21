import type { Projection } from '../model/projection.ts';
import type { LocalizedText } from '../schema/common.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import type { Target } from '../schema/target.ts';
import { TARGET_STATUSES, type TargetStatus } from './compare.ts';
import { figuresBehindTarget } from './estimates.ts';
import { evaluateTarget, type TargetOutcome } from './evaluate-target.ts';

/** One scorecard row: a target, its outcome, and whether it rests on estimated base figures. */
export interface ScorecardRow extends TargetOutcome {
  id: string;
  clause: string;
  group: Target['group'];
  name: LocalizedText;
  modelled: Target['modelled'];
  kind: Target['kind'];
  comparator: Target['comparator'];
  target: { value?: number; min?: number; max?: number; tol?: number };
  unit: Target['unit'];
  year: number | null;
  restsOnEstimates: boolean;
  /** Which estimated base figures the result rests on (`baseline.nominalBn.I`, …). */
  estimates: string[];
  /** Which placeholder base figures it rests on; non-empty exactly when the status is `cannot-assess`. */
  placeholders: string[];
}

export interface Scorecard {
  rows: ScorecardRow[];
  counts: Record<TargetStatus, number>;
}

/**
 * Evaluates every target of the pack against a projection, docs/model.md §5. A target whose value
 * rests on a placeholder base figure gets `cannot-assess` instead of a verdict (§5.5): its projected
 * value is still shown, its gap and per-year verdicts are not.
 * @example evaluate(pack, project(pack, input)).counts.met
 */
export function evaluate(pack: ModelPack, p: Projection): Scorecard {
  const bounds = indicatorBounds(pack);
  const counts = Object.fromEntries(TARGET_STATUSES.map((s) => [s, 0])) as Record<TargetStatus, number>;
  const rows = pack.targets.map((t): ScorecardRow => {
    const scored = evaluateTarget(t, p, t.series ? bounds.get(t.series) : undefined);
    const behind = scored.status !== 'not-modelled' ? figuresBehindTarget(pack, t, p) : null;
    const o = behind && behind.placeholders.length > 0 ? cannotAssess(scored) : scored;
    const estimates = behind?.estimates ?? [];
    counts[o.status] += 1;
    // Spelled out rather than spread: this object is built for every target of every run.
    return {
      id: t.id,
      clause: t.clause,
      group: t.group,
      name: t.name,
      modelled: t.modelled,
      kind: t.kind,
      comparator: t.comparator,
      target: targetBounds(t),
      unit: t.unit,
      year: t.year ?? null,
      status: o.status,
      projected: o.projected,
      gap: o.gap,
      relGap: o.relGap,
      perYear: o.perYear,
      yearsMet: o.yearsMet,
      atBound: o.atBound,
      restsOnEstimates: estimates.length > 0,
      estimates,
      placeholders: o.status === 'cannot-assess' ? behind!.placeholders : [],
    };
  });
  return { rows, counts };
}

/** The outcome shown for a target that cannot be assessed: the value, no verdict, no gap. */
function cannotAssess(o: TargetOutcome): TargetOutcome {
  return { ...o, status: 'cannot-assess', gap: null, relGap: null, perYear: null, yearsMet: null };
}

const boundsMemo = new WeakMap<ModelPack, Map<string, { min: number; max: number }>>();

function indicatorBounds(pack: ModelPack): Map<string, { min: number; max: number }> {
  let m = boundsMemo.get(pack);
  if (!m) {
    m = new Map(pack.model.indicators.map((d) => [`indicator.${d.id}`, { min: d.min, max: d.max }]));
    boundsMemo.set(pack, m);
  }
  return m;
}

function targetBounds(t: Target): ScorecardRow['target'] {
  const out: ScorecardRow['target'] = {};
  if (t.value !== undefined) out.value = t.value;
  if (t.min !== undefined) out.min = t.min;
  if (t.max !== undefined) out.max = t.max;
  if (t.tol !== undefined) out.tol = t.tol;
  return out;
}
