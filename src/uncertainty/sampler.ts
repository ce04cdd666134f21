import { SECTORS } from '../core/sectors.ts';
import { detExp } from './detmath.ts';
import type { ProjectionKernel } from './kernel.ts';
import { choleskyWithJitter } from './linalg.ts';
import { FastStream } from './rng-fast.ts';
import type { SectorSpread, Spreads } from './spreads.ts';

const S = SECTORS.length;

/** One block of correlated AR(1) sector draws, factored once. */
interface Block {
  on: boolean;
  sd: Float64Array;
  /** Lower-triangular Cholesky factor, row-major S×S. */
  L: Float64Array;
  phi: number;
  /** √(1 − φ²): keeps the unconditional variance at Σ. */
  innov: number;
  jitter: number;
}

function block(b: SectorSpread): Block {
  const { L, jitter } = choleskyWithJitter(b.corr);
  const sd = Float64Array.from(SECTORS.map((s) => b.sd[s]));
  return { on: sd.some((v) => v !== 0), sd, L, phi: b.phi, innov: Math.sqrt(1 - b.phi * b.phi), jitter };
}

/**
 * Draws the uncertain inputs of MODEL.md §9 into a kernel's assumption arrays. Draw `index` of
 * `seed` reads its own stream (drawStream(seed, index)): all the normals it needs are generated
 * in one pass, then consumed in a fixed order — sector growth shocks, deflator shocks, then per
 * projected year population, revenue ratio, ICOR, exports and each indicator. Years with actuals
 * (as-of runs) are not drawn.
 */
export class InputSampler {
  private readonly growth: Block;
  private readonly deflator: Block;
  /** The scenario's values of the drawn arrays (the deterministic run). */
  private readonly base: {
    g: Float64Array;
    pi: Float64Array;
    pop: Float64Array;
    rr: Float64Array;
    icor: Float64Array;
    xg: Float64Array;
    indC: Float64Array;
  };
  private readonly popSd: number;
  private readonly rrSd: number;
  private readonly icorSd: number;
  private readonly xSd: number;
  /** sd of each indicator's yearly change (0 = not drawn). */
  private readonly indSd: Float64Array;
  /** Plan-year offsets k without actuals, in order. */
  private readonly years: Int32Array;
  /** Normals one draw takes (more only when a negative revenue ratio is redrawn). */
  readonly perDraw: number;
  private readonly rng = new FastStream();
  private nbuf: Float64Array;
  private nlen = 0;
  private readonly eps = new Float64Array(S);
  private readonly z = new Float64Array(S);

  constructor(
    private readonly kernel: ProjectionKernel,
    spreads: Spreads,
    projected: readonly boolean[],
  ) {
    const k = kernel;
    this.growth = block(spreads.growth);
    this.deflator = block(spreads.deflator);
    this.base = {
      g: k.g.slice(),
      pi: k.pi.slice(),
      pop: k.pop.slice(),
      rr: k.rr.slice(),
      icor: k.icor.slice(),
      xg: k.xg.slice(),
      indC: k.indC.slice(),
    };
    this.popSd = spreads.populationGrowth;
    this.rrSd = k.ratioMode ? spreads.revenueRatio : 0;
    this.icorSd = k.icorMode ? spreads.icorLog : 0;
    this.xSd = spreads.exportGrowth;
    this.indSd = Float64Array.from(k.indicatorIds.map((id) => spreads.indicators[id] ?? 0));
    this.years = Int32Array.from(projected.flatMap((p, t) => (p ? [t] : [])));
    let perYear = (this.growth.on ? S : 0) + (this.deflator.on ? S : 0);
    for (const sd of [this.popSd, this.rrSd, this.icorSd, this.xSd, ...this.indSd]) if (sd !== 0) perYear++;
    this.perDraw = perYear * this.years.length;
    this.nbuf = new Float64Array(this.perDraw + 64);
  }

  /** Ridge added to each correlation matrix before its Cholesky factor (0 normally). */
  get jitter(): { growth: number; deflator: number } {
    return { growth: this.growth.jitter, deflator: this.deflator.jitter };
  }

  /** Puts the scenario's assumptions back in the kernel (the deterministic run). */
  reset(): void {
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

  /** Draw `index` of every uncertain input, written into the kernel's assumption arrays. */
  draw(seed: number, index: number): void {
    this.rng.reset(seed, index);
    this.nlen = this.perDraw;
    this.rng.fill(this.nbuf, 0, this.perDraw);
    const k = this.kernel;
    const T = k.T;
    const b = this.base;
    let p = this.shocks(this.growth, b.g, k.g, 0);
    p = this.shocks(this.deflator, b.pi, k.pi, p);
    const { popSd, rrSd, icorSd, xSd, indSd, years } = this;
    const nInd = indSd.length;
    const pop = k.pop;
    const rr = k.rr;
    const icor = k.icor;
    const xg = k.xg;
    const indC = k.indC;
    const bIndC = b.indC;
    for (let y = 0; y < years.length; y++) {
      const t = years[y]!;
      let nb = this.nbuf;
      if (popSd !== 0) pop[t] = b.pop[t]! + popSd * nb[p++]!;
      if (rrSd !== 0) {
        let v = b.rr[t]! + rrSd * nb[p++]!;
        // Normal truncated at 0: redraw below zero (bounded; the ratio is ≥ 1 % so it almost never happens).
        for (let tries = 1; tries < 64 && v < 0; tries++) {
          nb = this.more();
          v = b.rr[t]! + rrSd * nb[p++]!;
        }
        rr[t] = v < 0 ? 0 : v;
      }
      // Lognormal ICOR with its median at the scenario value.
      if (icorSd !== 0) icor[t] = b.icor[t]! * detExp(icorSd * nb[p++]!);
      if (xSd !== 0) xg[t] = b.xg[t]! + xSd * nb[p++]!;
      for (let j = 0, c = t; j < nInd; j++, c += T) {
        const sd = indSd[j]!;
        if (sd !== 0) indC[c] = bIndC[c]! + sd * nb[p++]!;
      }
    }
  }

  /** Appends the stream's next normal: each redraw reads one more normal than planned. */
  private more(): Float64Array {
    if (this.nlen === this.nbuf.length) {
      const grown = new Float64Array(2 * this.nbuf.length);
      grown.set(this.nbuf);
      this.nbuf = grown;
    }
    this.rng.fill(this.nbuf, this.nlen, 1);
    this.nlen++;
    return this.nbuf;
  }

  /** ε_t = φ·ε_{t−1} + √(1−φ²)·L·z_t (stationary start), scaled by each sector's sd; returns the next p. */
  private shocks(blk: Block, base: Float64Array, out: Float64Array, p: number): number {
    if (!blk.on) return p;
    const T = this.kernel.T;
    const { eps, z, years } = this;
    const nb = this.nbuf;
    const { L, sd, phi, innov } = blk;
    for (let y = 0; y < years.length; y++) {
      const t = years[y]!;
      for (let s = 0; s < S; s++) z[s] = nb[p++]!;
      for (let s = 0; s < S; s++) {
        let e = 0;
        for (let j = 0; j <= s; j++) e += L[s * S + j]! * z[j]!;
        const next = y === 0 ? e : phi * eps[s]! + innov * e;
        eps[s] = next;
        out[s * T + t] = base[s * T + t]! + sd[s]! * next;
      }
    }
    return p;
  }
}
