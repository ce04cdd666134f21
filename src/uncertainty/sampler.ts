import { SECTORS } from '../core/sectors.ts';
import { detExp } from './detmath.ts';
import type { ProjectionKernel } from '../model/kernel.ts';
import { choleskyWithJitter } from './linalg.ts';
import { DrawStream } from './rng.ts';
import type { SectorSpread, Spreads } from './spreads.ts';

const S = SECTORS.length;
// The shock draws below are written out for the four sectors I, II, III, T.
if (S !== 4) throw new Error('sampler.ts assumes four sectors');

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
 * Draws the uncertain inputs of docs/model.md §9 into a kernel's assumption arrays. Draw `index` of
 * `seed` reads its own stream (drawStream(seed, index)): all the normals it needs are generated
 * in one pass, then consumed in a fixed order: the sector growth shocks and the deflator shocks
 * (year by year, four sectors each), then every year of population, of the revenue ratio, of ICOR
 * and of exports, then each indicator's years in turn. Every plan year is drawn, as-of years
 * included: the kernel pins only what the pack publishes for a year (its actuals override the drawn
 * assumption), so an unpublished quantity of an actual year (its deflator, a sector split of a
 * published total, an unpublished revenue) varies like a projected one (docs/model.md §9).
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
    rate: Float64Array;
    xg: Float64Array;
    indC: Float64Array;
  };
  private readonly popSd: number;
  private readonly rrSd: number;
  private readonly icorSd: number;
  private readonly rateSd: number;
  private readonly xSd: number;
  /** The drawn cells j·T + k of the indicator changes (sd ≠ 0, drawn years), and their sd. */
  private readonly indCell: Int32Array;
  private readonly indCellSd: Float64Array;
  /** Plan-year offsets k that are drawn, in order. */
  private readonly years: Int32Array;
  /** Normals one draw takes (more only when a negative revenue ratio is redrawn). */
  readonly perDraw: number;
  private readonly rng = new DrawStream();
  private nbuf: Float64Array;
  private nlen = 0;

  constructor(
    private readonly kernel: ProjectionKernel,
    spreads: Spreads,
    drawn: readonly boolean[],
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
      rate: k.rate.slice(),
      xg: k.xg.slice(),
      indC: k.indC.slice(),
    };
    this.popSd = spreads.populationGrowth;
    this.rrSd = k.ratioMode ? spreads.revenueRatio : 0;
    this.icorSd = k.icorMode ? spreads.icorLog : 0;
    this.rateSd = k.icorMode ? 0 : spreads.investmentRateLog;
    this.xSd = spreads.exportGrowth;
    this.years = Int32Array.from(drawn.flatMap((p, t) => (p ? [t] : [])));
    const indSd = k.indicatorIds.map((id) => spreads.indicators[id] ?? 0);
    const cells = indSd.flatMap((sd, j) =>
      sd === 0 ? [] : [...this.years].map((t) => ({ c: j * k.T + t, sd })),
    );
    this.indCell = Int32Array.from(cells, (x) => x.c);
    this.indCellSd = Float64Array.from(cells, (x) => x.sd);
    const perYear = (this.growth.on ? S : 0) + (this.deflator.on ? S : 0);
    const scalars = [this.popSd, this.rrSd, this.icorSd, this.rateSd, this.xSd].filter(
      (sd) => sd !== 0,
    ).length;
    this.perDraw = (perYear + scalars) * this.years.length + cells.length;
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
    k.rate.set(b.rate);
    k.xg.set(b.xg);
    k.indC.set(b.indC);
  }

  /** Draw `index` of every uncertain input, written into the kernel's assumption arrays. */
  draw(seed: number, index: number): void {
    this.rng.reset(seed, index);
    this.nlen = this.perDraw;
    this.rng.fill(this.nbuf, 0, this.perDraw);
    const k = this.kernel;
    const b = this.base;
    const years = this.years;
    const Y = years.length;
    let p = this.shocks(this.growth, b.g, k.g, 0);
    p = this.shocks(this.deflator, b.pi, k.pi, p);
    let nb = this.nbuf;
    const popSd = this.popSd;
    if (popSd !== 0)
      for (let y = 0; y < Y; y++) {
        const t = years[y]!;
        k.pop[t] = b.pop[t]! + popSd * nb[p++]!;
      }
    const rrSd = this.rrSd;
    if (rrSd !== 0)
      for (let y = 0; y < Y; y++) {
        const t = years[y]!;
        let v = b.rr[t]! + rrSd * nb[p++]!;
        // Normal truncated at 0: redraw below zero (bounded; the ratio is ≥ 1 % so it almost never happens).
        for (let tries = 1; tries < 64 && v < 0; tries++) {
          nb = this.more();
          v = b.rr[t]! + rrSd * nb[p++]!;
        }
        k.rr[t] = v < 0 ? 0 : v;
      }
    // Lognormal ICOR with its median at the scenario value.
    const icorSd = this.icorSd;
    if (icorSd !== 0)
      for (let y = 0; y < Y; y++) {
        const t = years[y]!;
        k.icor[t] = b.icor[t]! * detExp(icorSd * nb[p++]!);
      }
    // Lognormal investment rate with its median at the scenario value (rate mode, eq. 69a).
    const rateSd = this.rateSd;
    if (rateSd !== 0)
      for (let y = 0; y < Y; y++) {
        const t = years[y]!;
        k.rate[t] = b.rate[t]! * detExp(rateSd * nb[p++]!);
      }
    const xSd = this.xSd;
    if (xSd !== 0)
      for (let y = 0; y < Y; y++) {
        const t = years[y]!;
        k.xg[t] = b.xg[t]! + xSd * nb[p++]!;
      }
    const { indCell, indCellSd } = this;
    const indC = k.indC;
    const bIndC = b.indC;
    for (let m = 0; m < indCell.length; m++) {
      const c = indCell[m]!;
      indC[c] = bIndC[c]! + indCellSd[m]! * nb[p++]!;
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

  /**
   * ε_t = φ·ε_{t−1} + √(1−φ²)·L·z_t (stationary start), scaled by each sector's sd; returns the
   * next p. Written out for the four sectors: the generic loops ran six times slower here.
   */
  private shocks(blk: Block, base: Float64Array, out: Float64Array, p: number): number {
    if (!blk.on) return p;
    const T = this.kernel.T;
    const years = this.years;
    const nb = this.nbuf;
    const { L, sd, phi, innov } = blk;
    const l00 = L[0]!;
    const l10 = L[4]!;
    const l11 = L[5]!;
    const l20 = L[8]!;
    const l21 = L[9]!;
    const l22 = L[10]!;
    const l30 = L[12]!;
    const l31 = L[13]!;
    const l32 = L[14]!;
    const l33 = L[15]!;
    const sd0 = sd[0]!;
    const sd1 = sd[1]!;
    const sd2 = sd[2]!;
    const sd3 = sd[3]!;
    let e0 = 0;
    let e1 = 0;
    let e2 = 0;
    let e3 = 0;
    for (let y = 0; y < years.length; y++) {
      const t = years[y]!;
      const z0 = nb[p]!;
      const z1 = nb[p + 1]!;
      const z2 = nb[p + 2]!;
      const z3 = nb[p + 3]!;
      p += 4;
      const f0 = l00 * z0;
      const f1 = l10 * z0 + l11 * z1;
      const f2 = l20 * z0 + l21 * z1 + l22 * z2;
      const f3 = l30 * z0 + l31 * z1 + l32 * z2 + l33 * z3;
      e0 = y === 0 ? f0 : phi * e0 + innov * f0;
      e1 = y === 0 ? f1 : phi * e1 + innov * f1;
      e2 = y === 0 ? f2 : phi * e2 + innov * f2;
      e3 = y === 0 ? f3 : phi * e3 + innov * f3;
      out[t] = base[t]! + sd0 * e0;
      out[T + t] = base[T + t]! + sd1 * e1;
      out[2 * T + t] = base[2 * T + t]! + sd2 * e2;
      out[3 * T + t] = base[3 * T + t]! + sd3 * e3;
    }
    return p;
  }
}
