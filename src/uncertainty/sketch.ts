/**
 * Streaming quantile summaries of the Monte Carlo outputs: every value is counted, as it is drawn,
 * into a fixed log-linear bin read off its IEEE-754 bits (sign, exponent and the top 12 mantissa
 * bits: 4,096 bins per power of two). The bins do not depend on the data, so a run needs no pilot
 * and no stored draws, and summaries merge by adding integer counts: any split of the draws over
 * threads or chunks gives the same counts, bit for bit. The exact smallest and largest values are
 * kept beside the counts. Memory: one 16 KiB page of counts per (slot, sign, binade) that occurs
 * (about 120 pages, 2 MB, for the 50 slots of a Ben Tre run), whatever the number of draws. The
 * layout is that of HDR histograms; the relative bound that of DDSketch, without its logarithm.
 *
 * Error bound (stated in every result as `quantileError`): the value read for an order statistic
 * x₍k₎ is the middle of its bin, so |x̂₍k₎ − x₍k₎| ≤ ε·|x₍k₎| with ε = 2⁻¹³ (≈ 0.0122 %) for every
 * normal double (|x| ≥ 2⁻¹⁰²²; below that the error is at most 2⁻¹⁰³⁵ absolute). A type-7 quantile
 * interpolates x₍k₎ and x₍k+1₎, so the reported one is within ε·max(|x₍k₎|, |x₍k+1₎|) of the exact
 * one (within ε·|q| when both have the same sign). The extremes (ranks 0 and n − 1) are exact.
 * Pure: bit manipulation, +, −, × and ÷ only (no Math.log), so every engine bins alike.
 */

/** Mantissa bits that pick the bin within a power of two. */
export const SKETCH_MANTISSA_BITS = 12;
/** Relative error ε of each order statistic read from the bins: half a bin, 2⁻¹³. */
export const QUANTILE_RELATIVE_ERROR = 2 ** -(SKETCH_MANTISSA_BITS + 1);
/** Bins per power of two (one page of counts). */
export const BINS_PER_BINADE = 1 << SKETCH_MANTISSA_BITS;

const PAGE = BINS_PER_BINADE;
/** The sign bit as an int32 (a literal 0x80000000 is a double to the JIT). */
const SIGN = -0x80000000;
/** Pages per slot: sign × 11-bit exponent. */
const PAGES = 1 << 12;
/** Bins with this bit set hold positive values (and +0). */
const POSITIVE = 1 << (11 + SKETCH_MANTISSA_BITS);
const POS_ZERO_BIN = POSITIVE;
/** Pages (binades) of a slot's window: most Monte Carlo outputs span one to three. */
const WINDOW_PAGES = 4;
const WINDOW = WINDOW_PAGES * PAGE;
const NEG_ZERO_BIN = POSITIVE - 1;
/** The bin of a value is the top 24 bits of its order-preserving key (the high word flipped). */
const SHIFT = 32 - 1 - 11 - SKETCH_MANTISSA_BITS;

const scratch = new Float64Array(1);
const scratchWords = new Int32Array(scratch.buffer);
// Which 32-bit half holds the sign and exponent (little-endian on every current platform).
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

function fromWords(hi: number, lo: number): number {
  scratchWords[HI] = hi;
  scratchWords[LO] = lo;
  return scratch[0]!;
}

/**
 * The bin (0 … 2²⁴ − 1, increasing with the value) of a value: the high word of the double made
 * order-preserving (negative: every bit flipped; positive: the sign bit set), top 24 bits.
 */
export function binOf(value: number): number {
  scratch[0] = value;
  const h = scratchWords[HI]!;
  return (h ^ ((h >> 31) | SIGN)) >>> SHIFT;
}

/** The smallest value a bin holds (its closed lower edge). */
export function binLow(bin: number): number {
  if (bin >= POSITIVE) return fromWords(((bin << SHIFT) ^ 0x80000000) >>> 0, 0);
  // Negative: the largest magnitude in the bin (−∞ for the bin of −∞, whose others are NaN).
  if ((~bin & (POSITIVE - 1)) >>> SKETCH_MANTISSA_BITS === 0x7ff) return -Infinity;
  return fromWords((~(bin << SHIFT) >>> 0) | ((1 << SHIFT) - 1), 0xffffffff);
}

/** The value read for a bin: the middle of its magnitude range, with its sign (±∞ or NaN for exponent 2047). */
export function binMiddle(bin: number): number {
  const negative = bin < POSITIVE;
  const mag = (negative ? ~bin : bin) & (POSITIVE - 1);
  if (mag >>> SKETCH_MANTISSA_BITS === 0x7ff) {
    const special = (mag & (PAGE - 1)) === 0 ? Infinity : NaN;
    return negative ? -special : special;
  }
  const lo = fromWords(mag << SHIFT, 0);
  const hi = fromWords((mag + 1) << SHIFT, 0);
  // Exact: both ends have at most 13 significant bits beyond the leading one.
  const mid = (lo + hi) / 2;
  return negative ? -mid : mid;
}

/** A SlotSketches in transferable form: min and max per slot, and each used page with its counts. */
export interface SketchData {
  slots: number;
  /** Draws counted. */
  count: number;
  min: Float64Array;
  max: Float64Array;
  /** slot × 4096 + page, ascending. */
  pages: Int32Array;
  /** The pages' counts, 4096 per page, in the order of `pages`. */
  counts: Int32Array;
}

/**
 * Counts of every slot's values in the log-linear bins, plus the exact min and max per slot.
 * Fill it a block of draws at a time (`addColumns`) or one (`row`, `addRow`); merge others into it
 * (`export` there, `merge` here); read quantiles, histograms and extents from it. Counts are
 * 32-bit integers (≤ 2³¹ − 1 values per bin; the library allows 1,000,000 draws).
 */
export class SlotSketches {
  readonly slots: number;
  /** A draw's value per slot; `addRow()` counts it. */
  readonly row: Float64Array;
  /** The scan's min and max per slot (which zero they hold is order-dependent: read `extent`). */
  private readonly min: Float64Array;
  private readonly max: Float64Array;
  /** slot × 4096 + page → that page's 4096 counts, allocated on first use. */
  private readonly pages: (Int32Array | undefined)[];
  /** Draws counted. */
  private n = 0;
  /** Per slot, the array the hot loop counts into (see openWindow) and the bin of its first entry. */
  private readonly windows: (Int32Array | undefined)[];
  private readonly windowStart: Int32Array;

  constructor(slots: number) {
    this.slots = slots;
    this.row = new Float64Array(slots);
    this.min = new Float64Array(slots).fill(Infinity);
    this.max = new Float64Array(slots).fill(-Infinity);
    this.pages = new Array<Int32Array | undefined>(slots * PAGES).fill(undefined);
    this.windows = new Array<Int32Array | undefined>(slots).fill(undefined);
    this.windowStart = new Int32Array(slots);
  }

  /**
   * Counts `rows` draws held slot-major in `block`: draw r's value of slot s at s·stride + r. Slot
   * by slot, each slot's run read in order, so that its few hot bins stay in cache while it is
   * counted. NaN is binned but never becomes the min or max.
   */
  addColumns(block: Float64Array, stride: number, rows: number): void {
    const n = this.slots;
    const words = block === this.blockRef ? this.blockWords! : this.wordsOf(block);
    const pages = this.pages;
    this.n += rows;
    for (let s = 0; s < n; s++) {
      if (rows === 0) break;
      let lo = this.min[s]!;
      let hi = this.max[s]!;
      const base = s * PAGES;
      const win = this.windows[s] ?? this.openWindow(s, block[s * stride]!);
      const winStart = this.windowStart[s]!;
      for (let r = s * stride, end = r + rows; r < end; r++) {
        const v = block[r]!;
        if (v < lo) lo = v;
        if (v > hi) hi = v;
        const h = words[2 * r + HI]!;
        const bin = (h ^ ((h >> 31) | SIGN)) >>> SHIFT;
        const w = bin - winStart;
        if (w >= 0 && w < WINDOW) win[w]! += 1;
        else {
          const at = base + (bin >>> SKETCH_MANTISSA_BITS);
          let page = pages[at];
          if (page === undefined) page = pages[at] = new Int32Array(PAGE);
          page[bin & (PAGE - 1)]! += 1;
        }
      }
      this.min[s] = lo;
      this.max[s] = hi;
    }
  }

  /**
   * The hot loop counts most values straight into one array per slot, WINDOW_PAGES pages around
   * the slot's first value; those pages are views of it in the page table, so every reader sees
   * one set of pages.
   */
  private openWindow(s: number, first: number): Int32Array {
    const page = Math.min(PAGES - WINDOW_PAGES, Math.max(0, (binOf(first) >>> SKETCH_MANTISSA_BITS) - 1));
    const win = new Int32Array(WINDOW);
    for (let j = 0; j < WINDOW_PAGES; j++) {
      const at = s * PAGES + page + j;
      const view = win.subarray(j * PAGE, (j + 1) * PAGE);
      const old = this.pages[at];
      if (old) view.set(old);
      this.pages[at] = view;
    }
    this.windows[s] = win;
    this.windowStart[s] = page << SKETCH_MANTISSA_BITS;
    return win;
  }

  /** Counts `row` (one value per slot). */
  addRow(): void {
    this.addColumns(this.row, 1, 1);
  }

  private blockRef: Float64Array | null = null;
  private blockWords: Int32Array | null = null;
  private wordsOf(block: Float64Array): Int32Array {
    this.blockRef = block;
    this.blockWords = new Int32Array(block.buffer, block.byteOffset, block.length * 2);
    return this.blockWords;
  }

  /** Adds another sketch's counts (integer sums and min/max: the order of merges does not matter). */
  merge(other: SketchData): void {
    if (other.slots !== this.slots) throw new Error(`merging ${other.slots} slots into ${this.slots}`);
    this.n += other.count;
    for (let s = 0; s < this.slots; s++) {
      if (other.min[s]! < this.min[s]!) this.min[s] = other.min[s]!;
      if (other.max[s]! > this.max[s]!) this.max[s] = other.max[s]!;
    }
    for (let i = 0; i < other.pages.length; i++) {
      const at = other.pages[i]!;
      let page = this.pages[at];
      if (page === undefined) page = this.pages[at] = new Int32Array(PAGE);
      const from = other.counts.subarray(i * PAGE, (i + 1) * PAGE);
      for (let b = 0; b < PAGE; b++) page[b]! += from[b]!;
    }
  }

  /** This sketch as plain typed arrays (post it with `transferList(data)` as the transfer list). */
  export(): SketchData {
    // Only pages holding counts: which empty pages exist depends on where the windows opened.
    const used: number[] = [];
    for (let at = 0; at < this.pages.length; at++) if (this.pages[at]?.some((c) => c !== 0)) used.push(at);
    const counts = new Int32Array(used.length * PAGE);
    used.forEach((at, i) => counts.set(this.pages[at]!, i * PAGE));
    const extents = Array.from({ length: this.slots }, (_, s) => this.extent(s));
    return {
      slots: this.slots,
      count: this.n,
      min: Float64Array.from(extents, (e) => e.min),
      max: Float64Array.from(extents, (e) => e.max),
      pages: Int32Array.from(used),
      counts,
    };
  }

  /**
   * The smallest and largest value of slot `s`. `<` does not order −0 and +0, so which zero the
   * scan kept would depend on the order of the draws; the bins do tell them apart: the min is −0
   * if a −0 was counted, the max +0 if a +0 was.
   */
  extent(s: number): { min: number; max: number } {
    let min = this.min[s]!;
    let max = this.max[s]!;
    if (min === 0) min = this.binCount(s, NEG_ZERO_BIN) > 0 ? -0 : 0;
    if (max === 0) max = this.binCount(s, POS_ZERO_BIN) > 0 ? 0 : -0;
    return { min, max };
  }

  private binCount(s: number, bin: number): number {
    const page = this.pages[s * PAGES + (bin >>> SKETCH_MANTISSA_BITS)];
    return page ? page[bin & (PAGE - 1)]! : 0;
  }

  /** Values counted per slot (every draw adds one to each slot). */
  get count(): number {
    return this.n;
  }

  /**
   * Type-7 quantiles of slot `s` (R's default: h = (n − 1)p, x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎),
   * ranks from 0), each order statistic read as the middle of its bin, kept within [min, max];
   * ranks 0 and n − 1 are the exact min and max. Error: see the file comment.
   */
  quantiles(s: number, levels: readonly number[]): number[] {
    const n = this.n;
    if (n === 0) return levels.map(() => NaN);
    const { min, max } = this.extent(s);
    const ranks = [
      ...new Set(
        levels.flatMap((p) => [Math.floor((n - 1) * p), Math.min(n - 1, Math.floor((n - 1) * p) + 1)]),
      ),
    ].sort((a, b) => a - b);
    const at = new Map<number, number>();
    let r = 0;
    let seen = 0; // values in the bins before the current one
    for (let p = 0; p < PAGES && r < ranks.length; p++) {
      const page = this.pages[s * PAGES + p];
      if (!page) continue;
      let total = 0;
      for (let b = 0; b < PAGE; b++) total += page[b]!;
      if (ranks[r]! >= seen + total) {
        seen += total;
        continue;
      }
      for (let b = 0; b < PAGE && r < ranks.length; b++) {
        const c = page[b]!;
        if (c === 0 || ranks[r]! >= seen + c) {
          seen += c;
          continue;
        }
        seen += c;
        let v = binMiddle((p << SKETCH_MANTISSA_BITS) | b);
        if (v < min) v = min;
        if (v > max) v = max;
        while (r < ranks.length && ranks[r]! < seen) at.set(ranks[r++]!, v);
      }
    }
    const stat = (k: number) => (k === 0 ? min : k === n - 1 ? max : at.get(k)!);
    return levels.map((p) => {
      const h = (n - 1) * p;
      const lo = Math.floor(h);
      const x = stat(lo);
      return lo + 1 < n ? x + (h - lo) * (stat(lo + 1) - x) : x;
    });
  }

  /**
   * Histogram of slot `s` between its min and max in up to `bins` bins: the interior edges are the
   * lower edges of the fine bins holding the equal-width edges (within one fine bin, 2⁻¹² relative,
   * of them), so every count is exact for its edges: bin i counts edges[i] ≤ x < edges[i + 1], the
   * last bin includes the max. Edges that coincide, or fall on the min or max, are dropped (fewer
   * bins for a range only a few fine bins wide); one bin [min, max] when they are equal.
   */
  histogram(s: number, bins = 20): { edges: number[]; counts: number[] } {
    const n = this.n;
    const { min, max } = this.extent(s);
    if (n === 0) return { edges: [], counts: [] };
    if (!(max > min)) return { edges: [min, max], counts: [n] };
    const width = (max - min) / bins;
    const edges = [min];
    // The fine bin where each interior edge starts: bin order is value order.
    const starts: number[] = [];
    for (let i = 1; i < bins; i++) {
      const bin = binOf(min + i * width);
      const e = binLow(bin);
      if (e > edges[edges.length - 1]! && e < max) {
        edges.push(e);
        starts.push(bin);
      }
    }
    edges.push(max);
    starts.push(Infinity);
    const counts = new Array<number>(edges.length - 1).fill(0);
    let i = 0;
    for (let p = 0; p < PAGES; p++) {
      const page = this.pages[s * PAGES + p];
      if (!page) continue;
      for (let b = 0; b < PAGE; b++) {
        const c = page[b]!;
        if (c === 0) continue;
        let bin = (p << SKETCH_MANTISSA_BITS) | b;
        // −0 equals +0: it counts in the bin of +0 (so do the negative subnormals above −2⁻¹⁰³⁴).
        if (bin === NEG_ZERO_BIN) bin = POS_ZERO_BIN;
        while (bin >= starts[i]!) i++;
        counts[i]! += c;
      }
    }
    return { edges, counts };
  }
}

/** The buffers to transfer with a SketchData. */
export function transferList(d: SketchData): ArrayBuffer[] {
  return [d.min.buffer, d.max.buffer, d.pages.buffer, d.counts.buffer] as ArrayBuffer[];
}
