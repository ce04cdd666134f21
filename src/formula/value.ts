import type { Projection } from '../model/projection.ts';
import type { Target } from '../schema/target.ts';
import { projectionSeries } from './names.ts';
import { targetFormula } from './registry.ts';

/** A formula target's value under one projection: a path (display units) or one number; null when not compiled. */
export type FormulaTargetValue = { kind: 'path'; values: Float64Array } | { kind: 'number'; value: number };

export function formulaTargetValue(t: Target, p: Projection): FormulaTargetValue | null {
  const f = targetFormula(t);
  if (!f) return null;
  const v = f.evaluate({ years: p.years, series: (name) => projectionSeries(p, name) });
  return typeof v === 'number' ? { kind: 'number', value: v } : { kind: 'path', values: v };
}
