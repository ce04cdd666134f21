import { SECTORS } from '../core/sectors.ts';
import type { Projection } from '../model/projection.ts';
import { OUTPUTS } from '../model/variables.ts';

/**
 * The series a formula may name: every output of the variable list (src/model/variables.ts), per
 * sector as `<id>.<sector>` (`real.II`), and the pack's indicators as `indicator.<id>`. Formulas
 * read them in display units (percent for shares and rates, as the exports show them).
 */
export function formulaSeriesNames(indicatorIds: Iterable<string>): Set<string> {
  const names = new Set<string>();
  for (const o of OUTPUTS) {
    if (o.perSector) for (const s of SECTORS) names.add(`${o.id}.${s}`);
    else names.add(o.id);
  }
  for (const id of indicatorIds) names.add(`indicator.${id}`);
  return names;
}

const SCALE = new Map<string, number>(OUTPUTS.map((o) => [o.id, o.scale]));

/** A named series of a projection in display units (a copy when scaled); null when unknown. */
export function projectionSeries(p: Projection, name: string): Float64Array | null {
  const dot = name.indexOf('.');
  const head = dot < 0 ? name : name.slice(0, dot);
  const tail = dot < 0 ? '' : name.slice(dot + 1);
  if (head === 'indicator') return p.indicators[tail] ?? null;
  const scale = SCALE.get(head);
  if (scale === undefined) return null;
  const raw = (
    dot < 0 ? p[head as keyof Projection] : (p[head as keyof Projection] as Record<string, unknown>)?.[tail]
  ) as Float64Array | undefined;
  if (!(raw instanceof Float64Array)) return null;
  return scale === 1 ? raw : raw.map((v) => v * scale);
}
