import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  histogram,
  QUANTILE_LEVELS,
  quantileSorted,
  quantilesInPlace,
  wilsonInterval,
} from '../../src/uncertainty/quantile.ts';

describe('type-7 quantiles', () => {
  it('match R type 7 on a small example', () => {
    const x = [1, 2, 3, 4, 10];
    // R: quantile(c(1,2,3,4,10), c(.05,.25,.5,.75,.95), type = 7) → 1.2 2 3 4 8.8
    expect(QUANTILE_LEVELS.map((p) => quantileSorted(x, p))).toEqual(
      [1.2, 2, 3, 4, 8.8].map((v) => expect.closeTo(v, 12)),
    );
  });

  it('selection in place equals sorting, for any data (duplicates, constants, any order)', () => {
    const values = fc.array(
      fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(0, 1, 1, 2)),
      { minLength: 1, maxLength: 400 },
    );
    fc.assert(
      fc.property(values, (v) => {
        const sorted = Float64Array.from(v).sort();
        const want = QUANTILE_LEVELS.map((p) => quantileSorted(sorted, p));
        expect(quantilesInPlace(Float64Array.from(v))).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });

  it('a constant array gives that constant everywhere', () => {
    expect(quantilesInPlace(new Float64Array(10_000).fill(3.25))).toEqual([3.25, 3.25, 3.25, 3.25, 3.25]);
  });
});

describe('Wilson interval and histogram', () => {
  it('Wilson 95 % for 50/100 and the edges', () => {
    const w = wilsonInterval(50, 100);
    expect(w.lo).toBeCloseTo(0.4038, 4);
    expect(w.hi).toBeCloseTo(0.5962, 4);
    expect(wilsonInterval(0, 1000).lo).toBe(0);
    expect(wilsonInterval(0, 1000).hi).toBeCloseTo(0.00383, 5);
    expect(wilsonInterval(1000, 1000).hi).toBe(1);
  });

  it('histogram counts every value once; one bin when all are equal', () => {
    const h = histogram(
      Float64Array.from({ length: 1000 }, (_, i) => Math.sin(i)),
      20,
    );
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(h.edges).toHaveLength(21);
    expect(histogram(new Float64Array(5).fill(2))).toEqual({ edges: [2, 2], counts: [5] });
  });
});
