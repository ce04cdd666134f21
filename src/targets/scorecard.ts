import type { Projection } from '../model/projection.ts';
import type { LocalizedText } from '../schema/common.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import type { Target } from '../schema/target.ts';
import type { TargetStatus } from './compare.ts';
import { estimatesBehind } from './estimates.ts';
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
}

export interface Scorecard {
  rows: ScorecardRow[];
  counts: Record<TargetStatus, number>;
}

/**
 * Evaluates every target of the pack against a projection, docs/model.md §5.
 * @example evaluate(pack, project(pack, input)).counts.met
 */
export function evaluate(pack: ModelPack, p: Projection): Scorecard {
  const bounds = indicatorBounds(pack);
  const counts: Record<TargetStatus, number> = { met: 0, exceeded: 0, near: 0, missed: 0, 'not-modelled': 0 };
  const rows = pack.targets.map((t): ScorecardRow => {
    const o = evaluateTarget(t, p, t.series ? bounds.get(t.series) : undefined);
    const estimates = t.series && o.status !== 'not-modelled' ? estimatesBehind(pack, t.series) : [];
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
    };
  });
  return { rows, counts };
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
