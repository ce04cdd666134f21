import { describe, expect, it } from 'vitest';
import { blend, cholesky, choleskyWithJitter, sampleCorrelation } from '../../src/uncertainty/linalg.ts';

describe('Cholesky factor of the shock correlation matrices', () => {
  it('a hand-checked 3×3 factor: A = [[4,2,-2],[2,10,2],[-2,2,6]] gives L = [[2,0,0],[1,3,0],[-1,1,2]]', () => {
    const L = cholesky([
      [4, 2, -2],
      [2, 10, 2],
      [-2, 2, 6],
    ]);
    expect(Array.from(L!)).toEqual([2, 0, 0, 1, 3, 0, -1, 1, 2]);
  });

  it('the docs/model.md §9 default growth correlation (ρ(I, ·) = 0.1, 0.4 among II/III/T): L·Lᵀ gives it back', () => {
    const C = [0, 1, 2, 3].map((i) =>
      [0, 1, 2, 3].map((j) => (i === j ? 1 : i === 0 || j === 0 ? 0.1 : 0.4)),
    );
    const { L, jitter } = choleskyWithJitter(C);
    expect(jitter).toBe(0);
    expect(L[0]).toBe(1);
    // Row 1: L10 = 0.1, L11 = √(1 − 0.01).
    expect(L[4]).toBeCloseTo(0.1, 15);
    expect(L[5]).toBeCloseTo(Math.sqrt(0.99), 15);
    for (let i = 0; i < 4; i++)
      for (let j = 0; j < 4; j++) {
        let s = 0;
        for (let k = 0; k < 4; k++) s += L[i * 4 + k]! * L[j * 4 + k]!;
        expect(s).toBeCloseTo(C[i]![j]!, 14);
      }
  });

  it('not positive definite → null; the ridge fallback repairs a singular matrix and reports its size', () => {
    expect(
      cholesky([
        [1, 2],
        [2, 1],
      ]),
    ).toBeNull();
    const singular = [
      [1, 1],
      [1, 1],
    ];
    expect(cholesky(singular)).toBeNull();
    const { L, jitter } = choleskyWithJitter(singular);
    expect(jitter).toBeGreaterThan(0);
    expect(jitter).toBeLessThan(1e-6);
    expect(L[0]! * L[0]!).toBeCloseTo(1, 6);
    expect(() => choleskyWithJitter([[NaN]])).toThrow(/not positive definite/);
  });

  it('sample correlation of perfectly (anti-)correlated columns, and the halfway blend of §9', () => {
    const rows = [1, 2, 3, 4, 5].map((x) => [x, 2 * x + 1, -x]);
    const C = sampleCorrelation(rows);
    expect(C[0]![1]).toBeCloseTo(1, 14);
    expect(C[0]![2]).toBeCloseTo(-1, 14);
    expect(
      blend(
        C,
        [
          [1, 0.4, 0.4],
          [0.4, 1, 0.4],
          [0.4, 0.4, 1],
        ],
        0.5,
      )[0]![1],
    ).toBeCloseTo(0.7, 14);
  });
});
