import { SECTORS, type Sector } from '../core/sectors.ts';
import type { Path, Projection } from '../model/projection.ts';

/** What a target's `series` names: a yearly path or a period scalar, and how to show it. */
export type SeriesValue = { kind: 'path'; values: Path } | { kind: 'scalar'; value: number };

/** Yearly series a target may read by their plain name (the projection and the MC kernel both hold them). */
export const PATH_SERIES = [
  'grdpReal',
  'grdpNominal',
  'growth',
  'perCapita',
  'population',
  'revenue',
  'selfBalance',
  'balance',
  'investment',
  'exports',
  'digitalShare',
] as const;

/** Series keys a target may read, besides `indicator.<id>`. */
export const CORE_SERIES = [
  ...PATH_SERIES,
  'tfpShare',
  'tfpShareSum',
  ...SECTORS.flatMap((s) => [`real.${s}`, `nominal.${s}`, `share.${s}`]),
] as const;

/** Series stored as fractions in the core and shown in percent at the edges. */
const FRACTION_SERIES = new Set([
  'growth',
  'selfBalance',
  'tfpShare',
  'tfpShareSum',
  'digitalShare',
  ...SECTORS.map((s) => `share.${s}`),
]);

/** True when `key` names a series of this projection (core series or one of the pack's indicators). */
export function isKnownSeries(key: string, indicatorIds: ReadonlySet<string>): boolean {
  if (key.startsWith('indicator.')) return indicatorIds.has(key.slice('indicator.'.length));
  return (CORE_SERIES as readonly string[]).includes(key);
}

/** Multiplier from core units to display units (100 for fractions shown as percent). */
export function displayScale(key: string): number {
  return FRACTION_SERIES.has(key) ? 100 : 1;
}

/** Reads a series of a projection by key. Returns null for an unknown key. */
export function readSeries(p: Projection, key: string): SeriesValue | null {
  if (key === 'tfpShare') return { kind: 'scalar', value: p.period.tfpShare };
  if (key === 'tfpShareSum') return { kind: 'scalar', value: p.period.tfpShareSum };
  const dot = key.indexOf('.');
  if (dot > 0) {
    const head = key.slice(0, dot);
    const tail = key.slice(dot + 1);
    if (head === 'indicator') {
      const v = p.indicators[tail];
      return v ? { kind: 'path', values: v } : null;
    }
    if ((head === 'real' || head === 'nominal' || head === 'share') && isSector(tail))
      return { kind: 'path', values: p[head][tail] };
    return null;
  }
  const values = directSeries(p, key);
  return values ? { kind: 'path', values } : null;
}

function directSeries(p: Projection, key: string): Path | null {
  return (PATH_SERIES as readonly string[]).includes(key) ? p[key as (typeof PATH_SERIES)[number]] : null;
}

function isSector(s: string): s is Sector {
  return (SECTORS as readonly string[]).includes(s);
}
