import { SECTORS, type Sector } from '../core/sectors.ts';
import type { ProjectionKernel } from '../model/kernel.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import type { Target } from '../schema/target.ts';
import { figuresBehindTarget } from './estimates.ts';
import { compileTarget, type SeriesRef, type TargetOp } from './scorer.ts';
import { displayScale, PATH_SERIES } from './series.ts';

/** A target of the pack bound to a kernel's arrays, scored by `statusOf(op, last, period)`. */
export interface CompiledTarget {
  target: Target;
  op: TargetOp;
  /**
   * False when the target rests on a placeholder base figure (docs/model.md §5.5): its draws are
   * still scored, but no P(met) should be reported for it, as the scorecard reports no verdict.
   */
  assessable: boolean;
}

const EMPTY = new Float64Array(0);

/** The scale from core units to a target's unit: percent for growth and for fractions. */
export function targetScale(t: Target): number {
  return t.kind === 'avgGrowth' ? 100 : displayScale(t.series ?? '');
}

/** Resolves a series key of src/targets/series.ts to the kernel's arrays; null when unknown. */
export function kernelSeries(k: ProjectionKernel, key: string): SeriesRef | null {
  if (key === 'tfpShare' || key === 'tfpShareSum') return { arr: EMPTY, off: 0, scalar: key };
  if ((PATH_SERIES as readonly string[]).includes(key))
    return { arr: k[key as (typeof PATH_SERIES)[number]], off: 0, scalar: null };
  const [head, tail] = key.split('.', 2) as [string, string | undefined];
  if (tail === undefined) return null;
  if (head === 'indicator') {
    const j = k.indicatorIds.indexOf(tail);
    return j < 0 ? null : { arr: k.indicators, off: j * k.n, scalar: null };
  }
  const i = SECTORS.indexOf(tail as Sector);
  if (i < 0) return null;
  if (head === 'real') return { arr: k.real, off: i * k.n, scalar: null };
  if (head === 'nominal') return { arr: k.nominal, off: i * k.n, scalar: null };
  if (head === 'share') return { arr: k.share, off: i * k.n, scalar: null };
  return null;
}

/** Compiles every target of the pack that a kernel can score (modelled and with a known series). */
export function compileTargets(pack: ModelPack, k: ProjectionKernel): CompiledTarget[] {
  const out: CompiledTarget[] = [];
  for (const t of pack.targets) {
    if (t.modelled === 'no' || !t.series) continue;
    const ref = kernelSeries(k, t.series);
    if (!ref) continue;
    const assessable = figuresBehindTarget(pack, t, runOf(k)).placeholders.length === 0;
    out.push({ target: t, op: compileTarget(t, targetScale(t), k.n - 1, ref, k.years), assessable });
  }
  return out;
}

/** The as-of facts of a kernel's loaded input that provenance needs: which series were published per year. */
function runOf(k: ProjectionKernel): {
  asOf: number | null;
  years: readonly number[];
  actualSeries: string[][];
} {
  const actualSeries: string[][] = [[]];
  let asOf: number | null = null;
  const known = (x: number | undefined) => x !== undefined && x === x;
  for (let i = 0; i < k.T; i++) {
    const a: string[] = [];
    if (known(k.aG[i])) a.push('growth');
    SECTORS.forEach((s, j) => known(k.aS[j * k.T + i]) && a.push(`sectorGrowth.${s}`));
    if (known(k.aPop[i])) a.push('population');
    if (known(k.aRev[i])) a.push('revenue');
    if (known(k.aInv[i])) a.push('investment');
    if (known(k.aX[i])) a.push('exports');
    k.indicatorIds.forEach((id, j) => known(k.aInd[j * k.T + i]) && a.push(`indicator.${id}`));
    if (k.hasActual[i] === 1) asOf = k.years[i + 1]!;
    actualSeries.push(a);
  }
  return { asOf, years: k.years, actualSeries };
}
