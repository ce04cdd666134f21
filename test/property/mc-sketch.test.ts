import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUANTILE_LEVELS, quantileSorted } from '../../src/uncertainty/quantile.ts';
import {
  binLow,
  binMiddle,
  binOf,
  QUANTILE_RELATIVE_ERROR,
  SlotSketches,
  type SketchData,
} from '../../src/uncertainty/sketch.ts';

const EPS = QUANTILE_RELATIVE_ERROR;
/** Below the normal range the bins are 2^-1034 wide: the bound is absolute there. */
const TINY = 2 ** -1034;

/** Values, normal doubles and zeros (subnormals are binned to absolute 2^-1034 only). */
const value = fc.oneof(
  fc.double({ min: -1e9, max: 1e9, noNaN: true }).filter((x) => x === 0 || Math.abs(x) >= 2 ** -1022),
  fc.double({ min: 0.05, max: 0.15, noNaN: true }),
  fc.constantFrom(0, -0, 1, 1, 2, -0.5, 0.0625, 1e-300, -1e-300),
);
/** A few slots' values, draw-major, and a split of the draws into chunks. */
const runs = fc.integer({ min: 1, max: 3 }).chain((slots) =>
  fc.record({
    slots: fc.constant(slots),
    rows: fc.array(fc.array(value, { minLength: slots, maxLength: slots }), { minLength: 1, maxLength: 300 }),
    cuts: fc.array(fc.nat(), { maxLength: 4 }),
  }),
);

function fill(sk: SlotSketches, rows: number[][]): void {
  for (const row of rows) {
    sk.row.set(row);
    sk.addRow();
  }
}

/** Two exported sketches are the same, bit for bit (min/max compared as bits: -0 ≠ 0). */
function same(a: SketchData, b: SketchData): boolean {
  const eq = (x: ArrayLike<number>, y: ArrayLike<number>) =>
    x.length === y.length && Array.prototype.every.call(x, (v: number, i: number) => Object.is(v, y[i]));
  return (
    a.slots === b.slots &&
    a.count === b.count &&
    eq(a.min, b.min) &&
    eq(a.max, b.max) &&
    eq(a.pages, b.pages) &&
    eq(a.counts, b.counts)
  );
}

describe('streamed log-linear bins (sketch.ts)', () => {
  it('bins follow value order; a bin holds its lower edge and its middle', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.double({ noNaN: true }), (a, b) => {
        if (a < b) expect(binOf(a)).toBeLessThanOrEqual(binOf(b));
        const bin = binOf(a);
        expect(binOf(binLow(bin))).toBe(bin);
        expect(binLow(bin)).toBeLessThanOrEqual(a);
        if (Number.isFinite(a) && Math.abs(a) >= 2 ** -1022 && Math.abs(a) < 2 ** 1023) {
          expect(binOf(binMiddle(bin))).toBe(bin);
          expect(Math.abs(binMiddle(bin) - a)).toBeLessThanOrEqual(EPS * Math.abs(a));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('any chunking and any merge order give the same bins, bit for bit', () => {
    fc.assert(
      fc.property(runs, ({ slots, rows, cuts }) => {
        const whole = new SlotSketches(slots);
        fill(whole, rows);
        const bounds = [...new Set([0, ...cuts.map((c) => c % (rows.length + 1)), rows.length])].sort(
          (x, y) => x - y,
        );
        const parts = bounds.slice(1).map((to, i) => {
          const sk = new SlotSketches(slots);
          fill(sk, rows.slice(bounds[i], to));
          return sk.export();
        });
        const forward = new SlotSketches(slots);
        parts.forEach((p) => forward.merge(p));
        const backward = new SlotSketches(slots);
        [...parts].reverse().forEach((p) => backward.merge(p));
        expect(same(forward.export(), whole.export())).toBe(true);
        expect(same(backward.export(), whole.export())).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('quantiles within the stated bound of the exact type-7 ones; histogram counts exact for their edges', () => {
    fc.assert(
      fc.property(runs, ({ slots, rows }) => {
        const sk = new SlotSketches(slots);
        fill(sk, rows);
        for (let s = 0; s < slots; s++) {
          const sorted = Float64Array.from(rows, (r) => r[s]!).sort();
          const n = sorted.length;
          const got = sk.quantiles(s, QUANTILE_LEVELS);
          QUANTILE_LEVELS.forEach((p, l) => {
            const k = Math.floor((n - 1) * p);
            const around = Math.max(Math.abs(sorted[k]!), Math.abs(sorted[Math.min(n - 1, k + 1)]!));
            const q = quantileSorted(sorted, p);
            expect(Math.abs(got[l]! - q)).toBeLessThanOrEqual(
              EPS * around + TINY + 4 * Number.EPSILON * around,
            );
          });
          expect(sk.quantiles(s, [0, 1])).toEqual([quantileSorted(sorted, 0), quantileSorted(sorted, 1)]);
          const h = sk.histogram(s, 20);
          expect(h.edges[0]).toBe(sorted[0]);
          expect(h.edges.at(-1)).toBe(sorted[n - 1]);
          expect(h.counts.length).toBeLessThanOrEqual(20);
          if (sorted[0] === sorted[n - 1]) expect(h.counts).toEqual([n]);
          else for (let i = 1; i < h.edges.length; i++) expect(h.edges[i]!).toBeGreaterThan(h.edges[i - 1]!);
          const last = h.counts.length - 1;
          expect(h.counts).toEqual(
            h.counts.map(
              (_, i) =>
                sorted.filter(
                  (x) => x >= h.edges[i]! && (i === last ? x <= h.edges[i + 1]! : x < h.edges[i + 1]!),
                ).length,
            ),
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a constant slot gives that constant everywhere and one bin', () => {
    const sk = new SlotSketches(1);
    fill(
      sk,
      Array.from({ length: 1000 }, () => [0.0837]),
    );
    expect(sk.quantiles(0, QUANTILE_LEVELS)).toEqual([0.0837, 0.0837, 0.0837, 0.0837, 0.0837]);
    expect(sk.histogram(0)).toEqual({ edges: [0.0837, 0.0837], counts: [1000] });
  });
});
