/**
 * Exact quantiles, intervals and histograms (one definition everywhere: type 7). The Monte Carlo
 * streams its outputs into sketch.ts instead of storing them; these exact functions remain the
 * reference it is tested against, and serve small in-memory samples.
 */

/** The quantile levels reported per year (docs/model.md §9). */
export const QUANTILE_LEVELS = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

/**
 * Type-7 quantile (R's default, linear interpolation between order statistics) of a SORTED array:
 * h = (n − 1)·p, Q = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo]!;
  return lo + 1 < n ? a + (h - lo) * (sorted[lo + 1]! - a) : a;
}

/**
 * Type-7 quantiles of an UNSORTED array without sorting it: a multi-rank quickselect moves the
 * needed order statistics into place (O(n) per rank; the array is permuted in place). The result
 * equals `quantileSorted` of the sorted array exactly, whatever the input order.
 */
export function quantilesInPlace(
  a: Float64Array,
  levels: readonly number[] = QUANTILE_LEVELS,
  range?: { min: number; max: number },
): number[] {
  const n = a.length;
  if (n === 0) return levels.map(() => NaN);
  const ranks = [
    ...new Set(
      levels.flatMap((p) => [Math.floor((n - 1) * p), Math.min(n - 1, Math.floor((n - 1) * p) + 1)]),
    ),
  ].sort((x, y) => x - y);
  const at = (n >= 4096 && bucketSelect(a, ranks, range ?? extent(a))) || null;
  if (!at) multiSelect(a, 0, n - 1, ranks, 0, ranks.length - 1);
  const stat = (r: number) => (at ? at[ranks.indexOf(r)]! : a[r]!);
  return levels.map((p) => {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const x = stat(lo);
    return lo + 1 < n ? x + (h - lo) * (stat(lo + 1) - x) : x;
  });
}

const BUCKETS = 4096;

/**
 * The order statistics `ranks` (sorted, distinct) of `a` without moving it: count the values into
 * equal-width buckets (monotone in the value, so bucket order is value order), then sort only the
 * few buckets that hold a wanted rank. Exact; about three linear passes. Returns null (use
 * quickselect) for non-finite values, a constant array or buckets too crowded to pay off.
 */
function bucketSelect(
  a: Float64Array,
  ranks: readonly number[],
  { min, max }: { min: number; max: number },
): Float64Array | null {
  const n = a.length;
  // `extent` skips NaN; count the finite values to notice it.
  if (!(max > min) || max - min === Infinity || !Number.isFinite(min) || !Number.isFinite(max)) return null;
  const scale = BUCKETS / (max - min);
  const counts = new Int32Array(BUCKETS + 1);
  let finite = 0;
  for (let i = 0; i < n; i++) {
    const v = a[i]!;
    if (v >= min && v <= max) {
      finite++;
      const b = Math.floor((v - min) * scale);
      counts[b >= BUCKETS ? BUCKETS - 1 : b]!++;
    }
  }
  if (finite !== n) return null;
  // Which bucket holds each rank, and where the bucket starts.
  const want = new Uint8Array(BUCKETS);
  const bucketOf = new Int32Array(ranks.length);
  const startOf = new Int32Array(ranks.length);
  let cum = 0;
  let r = 0;
  let picked = 0;
  for (let b = 0; b < BUCKETS && r < ranks.length; b++) {
    const c = counts[b]!;
    while (r < ranks.length && ranks[r]! < cum + c) {
      bucketOf[r] = b;
      startOf[r] = cum;
      if (!want[b]) picked += c;
      want[b] = 1;
      r++;
    }
    cum += c;
  }
  if (picked > n >>> 3) return null;
  // Gather the wanted buckets, grouped by bucket (offsets by prefix sums over wanted buckets).
  const offset = new Int32Array(BUCKETS);
  let o = 0;
  for (let b = 0; b < BUCKETS; b++)
    if (want[b]) {
      offset[b] = o;
      o += counts[b]!;
    }
  const fill = offset.slice();
  const pool = new Float64Array(picked);
  for (let i = 0; i < n; i++) {
    const v = a[i]!;
    let b = Math.floor((v - min) * scale);
    if (b >= BUCKETS) b = BUCKETS - 1;
    if (want[b]) pool[fill[b]!++] = v;
  }
  const out = new Float64Array(ranks.length);
  let sorted = -1;
  for (let k = 0; k < ranks.length; k++) {
    const b = bucketOf[k]!;
    const from = offset[b]!;
    if (b !== sorted) {
      pool.subarray(from, from + counts[b]!).sort();
      sorted = b;
    }
    out[k] = pool[from + ranks[k]! - startOf[k]!]!;
  }
  return out;
}

function multiSelect(
  a: Float64Array,
  lo: number,
  hi: number,
  ranks: readonly number[],
  rlo: number,
  rhi: number,
): void {
  while (rlo <= rhi && lo < hi) {
    if (hi - lo < 24) {
      insertionSort(a, lo, hi);
      return;
    }
    const mid = (lo + hi) >>> 1;
    const x = a[lo]!;
    const y = a[mid]!;
    const z = a[hi]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo - 1;
    let j = hi + 1;
    for (;;) {
      do i++;
      while (a[i]! < pivot && i < hi);
      do j--;
      while (a[j]! > pivot && j > lo);
      if (i >= j) break;
      const t = a[i]!;
      a[i] = a[j]!;
      a[j] = t;
    }
    // Now a[lo..j] ≤ pivot ≤ a[j+1..hi].
    let m = rlo;
    while (m <= rhi && ranks[m]! <= j) m++;
    multiSelect(a, lo, j, ranks, rlo, m - 1);
    lo = j + 1;
    rlo = m;
  }
}

function insertionSort(a: Float64Array, lo: number, hi: number): void {
  for (let i = lo + 1; i <= hi; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= lo && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
}

/** Wilson score interval for a proportion k/n (default 95 %, z = 1.959964). */
/** z of a two-sided 95 % interval (the normal 97.5 % quantile), used by every Wilson interval reported. */
export const WILSON_Z = 1.959963984540054;

export function wilsonInterval(k: number, n: number, z = WILSON_Z): { lo: number; hi: number } {
  if (n <= 0) return { lo: 0, hi: 1 };
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At k = 0 and k = n the bound is exactly 0 or 1 (rounding would leave ±1e-19).
  return { lo: k <= 0 ? 0 : Math.max(0, centre - half), hi: k >= n ? 1 : Math.min(1, centre + half) };
}

/**
 * Histogram between the smallest and largest value: bin i counts edges[i] ≤ x < edges[i + 1], the
 * last bin includes the largest value (one bin when they are equal). `histogram()` makes equal-width
 * bins; the Monte Carlo's (sketch.ts) puts its interior edges on fine-bin edges near the equal-width
 * ones.
 */
export interface Histogram {
  edges: number[];
  counts: number[];
}

/** Smallest and largest value, NaN skipped (±Infinity for an empty or all-NaN array). */
export function extent(values: Float64Array): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

/** Counts `values` into `bins` equal-width bins spanning [min, max]; the last bin is closed. */
export function histogram(
  values: Float64Array,
  bins = 20,
  { min, max }: { min: number; max: number } = extent(values),
): Histogram {
  if (values.length === 0) return { edges: [], counts: [] };
  if (!(max > min)) return { edges: [min, max], counts: [values.length] };
  const width = (max - min) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? max : min + i * width));
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < values.length; i++) {
    const b = Math.floor((values[i]! - min) / width);
    counts[b >= bins ? bins - 1 : b < 0 ? 0 : b]! += 1;
  }
  return { edges, counts };
}
