import { SECTORS } from '../core/sectors.ts';
import type { Projection } from '../model/projection.ts';

/** A key series of the comparison: its id (a series key of src/model/provenance.ts), unit and reader. */
export interface KeySeries {
  id: string;
  unit: string;
  read: (p: Projection) => number[];
}

const scaled = (xs: ArrayLike<number>, k: number) => Array.from(xs, (x) => x * k);

/**
 * The series the comparison shows year by year, in display units: GRDP growth and the shares in
 * percent (the core holds fractions, docs/model.md §1.2), per capita in mn VND, revenue and
 * investment in bn VND, exports in mn USD.
 */
export const KEY_SERIES: readonly KeySeries[] = [
  { id: 'growth', unit: '%/yr', read: (p) => scaled(p.growth, 100) },
  { id: 'perCapita', unit: 'mn VND', read: (p) => Array.from(p.perCapita) },
  ...SECTORS.map((s) => ({ id: `share.${s}`, unit: '%', read: (p: Projection) => scaled(p.share[s], 100) })),
  { id: 'revenue', unit: 'bn VND', read: (p) => Array.from(p.revenue) },
  { id: 'investment', unit: 'bn VND', read: (p) => Array.from(p.investment) },
  { id: 'exports', unit: 'mn USD', read: (p) => Array.from(p.exports) },
];
