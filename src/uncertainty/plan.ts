import { SECTORS } from '../core/sectors.ts';
import type { RunInput } from '../model/resolved-scenario.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import { detExp } from './detmath.ts';
import { ProjectionKernel } from './kernel.ts';
import { statusOf, type TargetOp } from './kernel-status.ts';
import { compileTargets, kernelSeries, STATUS_CODES, type CompiledTarget } from './kernel-targets.ts';
import { choleskyWithJitter } from './linalg.ts';
import { FastStream } from './rng-fast.ts';
import { defaultSpreads, type SectorSpread, type SpreadSources, type Spreads } from './spreads.ts';

const S = SECTORS.length;
/** Draws buffered draw-major before they are spread into the slot-major store. */
const ROWS = 256;

/** Series whose yearly quantiles are kept (MODEL.md §9 fan charts). */
export const MC_SERIES = [
  'growth',
  'grdpNominal',
  'share.I',
  'share.II',
  'share.III',
  'share.T',
  'perCapita',
  'revenue',
  'investment',
  'exports',
] as const;
export type McSeries = (typeof MC_SERIES)[number];

/**
 * Where the draws go: `values` holds one run of `draws` values per slot (slot = series × plan
 * year, slot-major, in draw order); `counts` holds per target the draws in each status
 * (STATUS_CODES order). Backed by any buffer, e.g. a SharedArrayBuffer filled by several workers.
 */
export interface McStore {
  draws: number;
  values: Float64Array;
  counts: Float64Array;
}

interface Block {
  on: boolean;
  sd: Float64Array;
  L: Float64Array;
  phi: number;
  innov: number;
  jitter: number;
}

function block(b: SectorSpread): Block {
  const { L, jitter } = choleskyWithJitter(b.corr);
  const sd = Float64Array.from(SECTORS.map((s) => b.sd[s]));
  return { on: sd.some((v) => v !== 0), sd, L, phi: b.phi, innov: Math.sqrt(1 - b.phi * b.phi), jitter };
}

/**
 * Everything a Monte Carlo needs, derived deterministically from (pack, input, spreads): the
 * kernel, the compiled targets, the Cholesky factors. Workers rebuild the same plan from the same
 * inputs, so any split of the draws gives the same numbers.
 */
export class McPlan {
  readonly kernel: ProjectionKernel;
  readonly targets: CompiledTarget[];
  readonly spreads: Spreads;
  readonly sources: SpreadSources;
  readonly slots: { series: McSeries; t: number; arr: Float64Array; off: number }[];
  private readonly growth: Block;
  private readonly deflator: Block;
  private readonly base: {
    g: Float64Array;
    pi: Float64Array;
    pop: Float64Array;
    rr: Float64Array;
    icor: Float64Array;
    xg: Float64Array;
    indC: Float64Array;
  };
  private readonly indSd: Float64Array;
  private readonly projected: Uint8Array;
  private readonly rows: Float64Array;
  private readonly ops: TargetOp[];
  /** The path of each MC_SERIES (slot s = series·T + t − 1 reads arr[off + t]). */
  private readonly paths: { arr: Float64Array; off: number }[];
  private readonly eps = new Float64Array(S);
  private readonly z = new Float64Array(S);
  /** The stream of the current draw (drawStream(seed, i), reset in place). */
  private readonly rng = new FastStream();
  /** Normals of the current draw, generated ahead in stream order and consumed in the same order. */
  private nbuf = new Float64Array(64);
  private npos = 0;
  private nlen = 0;

  constructor(pack: ModelPack, input: RunInput, spreads?: Partial<Spreads>) {
    const k = new ProjectionKernel(pack, input);
    this.kernel = k;
    this.targets = compileTargets(pack, k);
    this.ops = this.targets.map((t) => t.op!);
    const d = defaultSpreads(pack, input);
    this.spreads = { ...d.spreads, ...spreads };
    this.sources = d.sources;
    this.growth = block(this.spreads.growth);
    this.deflator = block(this.spreads.deflator);
    this.base = {
      g: k.g.slice(),
      pi: k.pi.slice(),
      pop: k.pop.slice(),
      rr: k.rr.slice(),
      icor: k.icor.slice(),
      xg: k.xg.slice(),
      indC: k.indC.slice(),
    };
    this.indSd = Float64Array.from(k.indicatorIds.map((id) => this.spreads.indicators[id] ?? 0));
    // Years up to asOf are observed: only the years without actuals are drawn.
    this.projected = Uint8Array.from(input.actuals.map((a) => (a === null ? 1 : 0)));
    this.slots = MC_SERIES.flatMap((series) => {
      const ref = kernelSeries(k, series);
      if (!ref || ref.kind !== 'path') throw new Error(`no path series ${series}`);
      return Array.from({ length: k.T }, (_, i) => ({ series, t: i + 1, arr: ref.arr, off: ref.off }));
    });
    this.rows = new Float64Array(ROWS * this.slots.length);
    this.paths = MC_SERIES.map((series) => {
      const ref = kernelSeries(k, series) as { arr: Float64Array; off: number };
      return { arr: ref.arr, off: ref.off };
    });
  }

  /** Ridge added to each correlation matrix before its Cholesky factor (0 normally). */
  get jitter(): { growth: number; deflator: number } {
    return { growth: this.growth.jitter, deflator: this.deflator.jitter };
  }

  /** An empty store for `draws` draws (pass a SharedArrayBuffer-backed one to share it). */
  allocate(draws: number, buffers?: { values: ArrayBufferLike; counts: ArrayBufferLike }): McStore {
    const nv = this.slots.length * draws;
    const nc = this.targets.length * STATUS_CODES.length;
    return {
      draws,
      values: buffers ? new Float64Array(buffers.values, 0, nv) : new Float64Array(nv),
      counts: buffers ? new Float64Array(buffers.counts, 0, nc) : new Float64Array(nc),
    };
  }

  /** Runs draws [from, to) with `seed`, writing their values and adding their statuses to `store`. */
  runRange(seed: number, from: number, to: number, store: McStore): void {
    const k = this.kernel;
    const T = k.T;
    const paths = this.paths;
    const nPaths = paths.length;
    const nSlots = this.slots.length;
    const ops = this.ops;
    const nOps = ops.length;
    const nStatus = STATUS_CODES.length;
    const rows = this.rows;
    const values = store.values;
    const draws = store.draws;
    // Integer tallies (added to the store once: the same sums as adding 1 per draw).
    const tally = new Int32Array(nOps * nStatus);
    for (let i0 = from; i0 < to; i0 += ROWS) {
      const i1 = Math.min(to, i0 + ROWS);
      for (let i = i0; i < i1; i++) {
        this.drawInputs(seed, i);
        k.run();
        for (let j = 0; j < nOps; j++) tally[j * nStatus + statusOf(ops[j]!, k)]! += 1;
        // Draw-major into a small buffer first: writing 50 slots `draws` apart per draw thrashes the cache.
        let r = (i - i0) * nSlots;
        for (let p = 0; p < nPaths; p++) {
          const path = paths[p]!;
          const arr = path.arr;
          const off = path.off;
          for (let t = 1; t <= T; t++) rows[r++] = arr[off + t]!;
        }
      }
      for (let s = 0; s < nSlots; s++) {
        const out = s * draws;
        for (let i = i0, r = s; i < i1; i++, r += nSlots) values[out + i] = rows[r]!;
      }
    }
    const counts = store.counts;
    for (let c = 0; c < tally.length; c++) counts[c]! += tally[c]!;
  }

  /** Puts the base assumptions back in the kernel (the deterministic run). */
  resetInputs(): void {
    const k = this.kernel;
    const b = this.base;
    k.g.set(b.g);
    k.pi.set(b.pi);
    k.pop.set(b.pop);
    k.rr.set(b.rr);
    k.icor.set(b.icor);
    k.xg.set(b.xg);
    k.indC.set(b.indC);
  }

  /** Draw `index` of every uncertain input, MODEL.md §9, written into the kernel's assumption arrays. */
  drawInputs(seed: number, index: number): void {
    const rng = this.rng;
    rng.reset(seed, index);
    const k = this.kernel;
    const T = k.T;
    const b = this.base;
    const sp = this.spreads;
    const popSd = sp.populationGrowth;
    const rrSd = k.ratioMode ? sp.revenueRatio : 0;
    const icorSd = k.icorMode ? sp.icorLog : 0;
    const xSd = sp.exportGrowth;
    const ind = this.indSd;
    const nInd = ind.length;
    // The normals this draw takes (more only if the revenue ratio is redrawn): generate them at once.
    let perYear = (this.growth.on ? S : 0) + (this.deflator.on ? S : 0);
    perYear += (popSd !== 0 ? 1 : 0) + (rrSd !== 0 ? 1 : 0) + (icorSd !== 0 ? 1 : 0) + (xSd !== 0 ? 1 : 0);
    for (let j = 0; j < nInd; j++) if (ind[j] !== 0) perYear++;
    let years = 0;
    for (let t = 0; t < T; t++) years += this.projected[t]!;
    this.npos = 0;
    this.nlen = 0;
    this.refill(perYear * years);
    this.sectorShocks(this.growth, b.g, k.g);
    this.sectorShocks(this.deflator, b.pi, k.pi);
    for (let t = 0; t < T; t++) {
      if (this.projected[t] === 0) continue;
      if (popSd !== 0) k.pop[t] = b.pop[t]! + popSd * this.normal();
      if (rrSd !== 0) {
        // Normal truncated at 0: redraw below zero (bounded; the ratio is ≥ 1 % so it almost never happens).
        let v = -1;
        for (let tries = 0; tries < 64 && v < 0; tries++) v = b.rr[t]! + rrSd * this.normal();
        k.rr[t] = v < 0 ? 0 : v;
      }
      // Lognormal ICOR with its median at the scenario value.
      if (icorSd !== 0) k.icor[t] = b.icor[t]! * detExp(icorSd * this.normal());
      if (xSd !== 0) k.xg[t] = b.xg[t]! + xSd * this.normal();
      for (let j = 0; j < nInd; j++) {
        const sd = ind[j]!;
        if (sd !== 0) k.indC[j * T + t] = b.indC[j * T + t]! + sd * this.normal();
      }
    }
  }

  /** The next normal of the draw's stream. */
  private normal(): number {
    if (this.npos === this.nlen) this.refill(8);
    return this.nbuf[this.npos++]!;
  }

  /** Appends the next `n` normals of the stream to the buffer (growing it when needed). */
  private refill(n: number): void {
    if (n <= 0) return;
    if (this.nlen + n > this.nbuf.length) {
      const grown = new Float64Array(Math.max(2 * this.nbuf.length, this.nlen + n));
      grown.set(this.nbuf.subarray(0, this.nlen));
      this.nbuf = grown;
    }
    this.rng.fill(this.nbuf, this.nlen, n);
    this.nlen += n;
  }

  /** ε_t = φ·ε_{t−1} + √(1−φ²)·L·z_t (stationary start), scaled by each sector's sd. */
  private sectorShocks(blk: Block, base: Float64Array, out: Float64Array): void {
    if (!blk.on) return;
    const T = this.kernel.T;
    const { eps, z } = this;
    const L = blk.L;
    let first = true;
    for (let t = 0; t < T; t++) {
      if (this.projected[t] === 0) continue;
      for (let s = 0; s < S; s++) z[s] = this.normal();
      for (let s = 0; s < S; s++) {
        let e = 0;
        for (let j = 0; j <= s; j++) e += L[s * S + j]! * z[j]!;
        eps[s] = first ? e : blk.phi * eps[s]! + blk.innov * e;
        out[s * T + t] = base[s * T + t]! + blk.sd[s]! * eps[s]!;
      }
      first = false;
    }
  }
}
