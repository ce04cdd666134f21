import { figureOf, figuresAt, type ProvenanceContext } from '../model/provenance.ts';
import type { Projection } from '../model/projection.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import type { Target } from '../schema/target.ts';

/**
 * The base figures a target's value rests on, from the one dependency declaration
 * (src/model/provenance.ts `DEPENDS`) over the years the target reads: which are estimates (the
 * scorecard's `*`) and which are placeholders (`placeholder` in the pack: no data, or back-cast from
 * the target), which make the target "cannot be assessed" (docs/model.md §5.5). Keys are
 * `baseline.<field>` or `indicator.<id>`.
 */
export interface FiguresBehind {
  estimates: string[];
  placeholders: string[];
}

const NONE: FiguresBehind = { estimates: [], placeholders: [] };

/** The year indices (0 = base year) whose values a target's reduction reads (docs/model.md §4). */
export function yearsRead(t: Target, years: readonly number[]): number[] {
  const last = years.length - 1;
  const plan = Array.from({ length: last }, (_, i) => i + 1);
  switch (t.kind) {
    case 'avgGrowth':
      return [0, last];
    case 'change':
      return [0, ...plan];
    case 'cumulative':
    case 'mean':
    case 'annual':
      return plan;
    default: {
      const at = t.year !== undefined ? years.indexOf(t.year) : -1;
      return [at >= 0 ? at : last];
    }
  }
}

const memo = new WeakMap<Target, Map<string, FiguresBehind>>();

/** The estimated and placeholder figures behind a target in a projection (memoized per target and as-of year). */
export function figuresBehindTarget(
  pack: ModelPack,
  t: Target,
  p: Pick<Projection, 'asOf' | 'years' | 'actualSeries'> & { estimateYear?: number | null },
): FiguresBehind {
  if (!t.series) return NONE;
  let byRun = memo.get(t);
  if (!byRun) memo.set(t, (byRun = new Map()));
  const key = `${pack.model.id}|${p.asOf}|${p.years.length}|${p.estimateYear ?? ''}`;
  let hit = byRun.get(key);
  if (!hit) byRun.set(key, (hit = compute(pack, t, t.series, p)));
  return hit;
}

function compute(
  pack: ModelPack,
  t: Target,
  series: string,
  ctx: ProvenanceContext & { years: readonly number[]; estimateYear?: number | null },
) {
  const keys = new Set<string>();
  const read = yearsRead(t, ctx.years);
  for (const i of read) for (const k of figuresAt(pack, series, i, ctx)) keys.add(k);
  const out: FiguresBehind = { estimates: [], placeholders: [] };
  // Levels chain on earlier years: a value read in or after an estimated year rests on the estimate.
  const at = ctx.estimateYear == null ? -1 : ctx.years.indexOf(ctx.estimateYear);
  if (at > 0 && read.some((i) => i >= at)) out.estimates.push(`estimate.${ctx.estimateYear}`);
  for (const k of keys) {
    const f = figureOf(pack, k)!;
    const name = k.startsWith('indicator.') ? k : `baseline.${k}`;
    if (f.estimate !== undefined) out.estimates.push(name);
    if (f.placeholder !== undefined) out.placeholders.push(name);
  }
  return out;
}
