/** Small dense linear algebra for the shock draws (matrices as arrays of rows). */

/**
 * Cholesky factor L (lower triangular, row-major Float64Array, L·Lᵀ = A) of a symmetric matrix,
 * or null when A is not positive definite.
 */
export function cholesky(a: readonly (readonly number[])[]): Float64Array | null {
  const n = a.length;
  const L = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i]![j]!;
      for (let k = 0; k < j; k++) sum -= L[i * n + k]! * L[j * n + k]!;
      if (i === j) {
        if (!(sum > 0)) return null;
        L[i * n + i] = Math.sqrt(sum);
      } else L[i * n + j] = sum / L[j * n + j]!;
    }
  }
  return L;
}

/**
 * Cholesky with the docs/model.md §9 fallback: if A is not positive definite, add 1e-9·I and retry
 * (a few times, growing the ridge tenfold). Throws only for a matrix no ridge can fix (NaN).
 */
export function choleskyWithJitter(a: readonly (readonly number[])[]): { L: Float64Array; jitter: number } {
  let jitter = 0;
  for (let attempt = 0; attempt < 12; attempt++) {
    const m = jitter === 0 ? a : a.map((row, i) => row.map((v, j) => (i === j ? v + jitter : v)));
    const L = cholesky(m);
    if (L) return { L, jitter };
    jitter = jitter === 0 ? 1e-9 : jitter * 10;
  }
  throw new Error('correlation matrix is not positive definite even with a ridge');
}

/** Sample correlation matrix of the columns of `rows` (observations × variables). */
export function sampleCorrelation(rows: readonly (readonly number[])[]): number[][] {
  const p = rows[0]?.length ?? 0;
  const n = rows.length;
  const mean = Array.from({ length: p }, (_, j) => rows.reduce((s, r) => s + r[j]!, 0) / n);
  const cov = Array.from({ length: p }, (_, i) =>
    Array.from(
      { length: p },
      (_, j) => rows.reduce((s, r) => s + (r[i]! - mean[i]!) * (r[j]! - mean[j]!), 0) / (n - 1),
    ),
  );
  return cov.map((row, i) =>
    row.map((v, j) => {
      if (i === j) return 1;
      const d = Math.sqrt(cov[i]![i]! * cov[j]![j]!);
      return d > 0 ? v / d : 0;
    }),
  );
}

/** `w·A + (1 − w)·B`, element by element. */
export function blend(
  a: readonly (readonly number[])[],
  b: readonly (readonly number[])[],
  w: number,
): number[][] {
  return a.map((row, i) => row.map((v, j) => w * v + (1 - w) * b[i]![j]!));
}
