import type { IndicatorDef } from '../schema/model-pack.ts';
import type { Projection } from './projection.ts';
import type { RunInput, YearActuals } from './resolved-scenario.ts';

/** Steps exports (mn USD), MODEL.md §3.6 eq. (16). */
export function stepExports(p: Projection, input: RunInput, t: number, actual: YearActuals | null): void {
  p.exports[t] = actual?.exports ?? p.exports[t - 1]! * (1 + input.exportGrowth[t - 1]!);
}

/**
 * Steps each social indicator by its yearly change, kept inside its natural bounds,
 * MODEL.md §3.7 eq. (18). Indicators stay in their published unit (points for percentages).
 */
export function stepIndicators(
  p: Projection,
  input: RunInput,
  defs: readonly IndicatorDef[],
  t: number,
  actual: YearActuals | null,
): void {
  for (const def of defs) {
    const series = p.indicators[def.id]!;
    const observed = actual?.indicators[def.id];
    const next = observed ?? series[t - 1]! + (input.indicatorChange[def.id]?.[t - 1] ?? 0);
    series[t] = Math.min(def.max, Math.max(def.min, next));
  }
}
