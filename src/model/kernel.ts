import { SECTORS } from '../core/sectors.ts';
import { KernelArrays, icorOf } from './kernel-arrays.ts';

// run() writes the production block out for the four sectors I, II, III, T.
const S = SECTORS.length;
if (S !== 4) throw new Error('kernel.ts assumes four sectors');

/**
 * The projection engine: the one implementation of the equations of docs/model.md §3, on
 * preallocated Float64Arrays, so a run allocates nothing. `project()` is one run of it returned as
 * named views; the Monte Carlo, solver and sensitivity run it too. Assumption arrays
 * (`g`, `pi`, `pop`, …) are public and writable: the Monte Carlo perturbs them in place and
 * calls `run()`. Sector arrays are laid out sector-major: assumption `g[s·T + k]` (plan-year
 * offset k), result `real[s·n + t]` (t = 0 base year … T). Missing actuals are NaN.
 */
export class ProjectionKernel extends KernelArrays {
  /** Projects every plan year from the current assumption arrays into `results` (docs/model.md §3, §4). */
  run(): void {
    this.runInto(this.results, 0);
  }

  /**
   * The same run written into `R` from index `o`, in the layout of `results` (project() passes a
   * region of its slab, so a projection owns its results without a copy). The base year is copied
   * in first; the kernel's own `results` are left as they were.
   */
  runInto(R: Float64Array, o: number): void {
    const { T, n, g, pi, aG: aGs, aS, at } = this;
    const { aPop: aPops, aRev: aRevs, aInv: aInvs, aX: aXs, aInd, hasActual, indC, indMin, indMax } = this;
    const { ratioMode, icorMode, buoyancy, depreciation, alpha } = this;
    if (R !== this.results || o !== 0) {
      const own = this.results;
      const base = this.basePositions;
      for (let j = 0; j < base.length; j++) R[o + base[j]!] = own[base[j]!]!;
    }
    // Where each series starts in R: a series' value of year t is R[X + t] (sector s: R[X + s·n + t]).
    const REAL = o + at.real;
    const DEFL = o + at.deflator;
    const NOM = o + at.nominal;
    const SHARE = o + at.share;
    const SG = o + at.sectorGrowth;
    const YR = o + at.grdpReal;
    const YN = o + at.grdpNominal;
    const DY = o + at.grdpDeflator;
    const GROWTH = o + at.growth;
    const POP = o + at.population;
    const PC = o + at.perCapita;
    const REV = o + at.revenue;
    const REC = o + at.recurrent;
    const TR = o + at.transfers;
    const INV = o + at.investment;
    const INVR = o + at.investmentRate;
    const ICOR = o + at.icorImplied;
    const CAP = o + at.capital;
    const CAPG = o + at.capitalGrowth;
    const LAB = o + at.labour;
    const TFP = o + at.tfpGrowth;
    const X = o + at.exports;
    const DS = o + at.digitalShare;
    const IND = o + at.indicators;
    const nInd = this.ind0.length;
    this.budgetYear(R, o, 0, this.base.rev, this.base.rec, this.base.tr);
    for (let t = 1; t < n; t++) {
      const k = t - 1;
      // Production and prices, eqs. (1)-(6), with the as-of shift of eq. (33): sectors without a published
      // growth share one uniform shift so the total equals the published figure.
      const prevReal = R[YR + t - 1]!;
      let shift = 0;
      const aG = aGs[k]!;
      if (aG === aG) {
        let explained = 0;
        let freeWeight = 0;
        for (let i = 0; i < S; i++) {
          const w = R[REAL + i * n + t - 1]! / prevReal;
          const known = aS[i * T + k]!;
          if (known === known) explained += w * known;
          else {
            explained += w * g[i * T + k]!;
            freeWeight += w;
          }
        }
        if (freeWeight > 0) shift = (aG - explained) / freeWeight;
      }
      // The four sectors written out (generic loops over S ran several times slower); the sums
      // keep project()'s order, so the results are the same to the bit.
      const k1 = T + k;
      const k2 = 2 * T + k;
      const k3 = 3 * T + k;
      const t1 = n + t;
      const t2 = 2 * n + t;
      const t3 = 3 * n + t;
      const a0 = aS[k]!;
      const a1 = aS[k1]!;
      const a2 = aS[k2]!;
      const a3 = aS[k3]!;
      const g0 = a0 === a0 ? a0 : floor(g[k]! + shift);
      const g1 = a1 === a1 ? a1 : floor(g[k1]! + shift);
      const g2 = a2 === a2 ? a2 : floor(g[k2]! + shift);
      const g3 = a3 === a3 ? a3 : floor(g[k3]! + shift);
      const r0 = R[REAL + t - 1]! * (1 + g0);
      const r1 = R[REAL + t1 - 1]! * (1 + g1);
      const r2 = R[REAL + t2 - 1]! * (1 + g2);
      const r3 = R[REAL + t3 - 1]! * (1 + g3);
      let d0 = R[DEFL + t - 1]! * (1 + floor(pi[k]!));
      let d1 = R[DEFL + t1 - 1]! * (1 + floor(pi[k1]!));
      let d2 = R[DEFL + t2 - 1]! * (1 + floor(pi[k2]!));
      let d3 = R[DEFL + t3 - 1]! * (1 + floor(pi[k3]!));
      // Eq. (33b): a published nominal GRDP fixes the year's price level; every sector deflator is
      // scaled by one factor so the nominal sum equals it (the relative prices stay assumed).
      const aYn = this.aYn[k]!;
      if (aYn === aYn) {
        const c = aYn / (r0 * d0 + r1 * d1 + r2 * d2 + r3 * d3);
        d0 *= c;
        d1 *= c;
        d2 *= c;
        d3 *= c;
      }
      R[SG + t] = g0;
      R[SG + t1] = g1;
      R[SG + t2] = g2;
      R[SG + t3] = g3;
      R[REAL + t] = r0;
      R[REAL + t1] = r1;
      R[REAL + t2] = r2;
      R[REAL + t3] = r3;
      R[DEFL + t] = d0;
      R[DEFL + t1] = d1;
      R[DEFL + t2] = d2;
      R[DEFL + t3] = d3;
      const n0 = r0 * d0;
      const n1 = r1 * d1;
      const n2 = r2 * d2;
      const n3 = r3 * d3;
      R[NOM + t] = n0;
      R[NOM + t1] = n1;
      R[NOM + t2] = n2;
      R[NOM + t3] = n3;
      const yr = r0 + r1 + r2 + r3;
      const yn = n0 + n1 + n2 + n3;
      R[YR + t] = yr;
      R[YN + t] = yn;
      const dy = yn / yr;
      R[DY + t] = dy;
      const gY = yr / prevReal - 1;
      R[GROWTH + t] = gY;
      R[SHARE + t] = n0 / yn;
      R[SHARE + t1] = n1 / yn;
      R[SHARE + t2] = n2 / yn;
      R[SHARE + t3] = n3 / yn;
      // Population, eqs. (7)-(8).
      const aPop = aPops[k]!;
      const pop = aPop === aPop ? aPop : R[POP + t - 1]! * (1 + floor(this.pop[k]!));
      R[POP + t] = pop;
      R[PC + t] = yn / pop;
      // Budget, eqs. (9)-(11).
      const aRev = aRevs[k]!;
      const rev =
        aRev === aRev
          ? aRev
          : ratioMode
            ? this.rr[k]! * yn
            : R[REV + t - 1]! * Math.pow(yn / R[YN + t - 1]!, buoyancy);
      this.budgetYear(
        R,
        o,
        t,
        rev,
        R[REC + t - 1]! * (1 + this.recG[k]!),
        R[TR + t - 1]! * (1 + this.trG[k]!),
      );
      // Investment, capital, TFP, eqs. (12)-(14), (17), (29); as-of years without a published
      // investment figure use the rate form.
      const aInv = aInvs[k]!;
      const byRate = !icorMode || (hasActual[k] === 1 && aInv !== aInv);
      const inv =
        aInv === aInv
          ? aInv
          : Math.max(0, byRate ? this.rate[k]! * yn : this.icor[k]! * (yr - prevReal) * dy);
      R[INV + t] = inv;
      R[INVR + t] = inv / yn;
      R[ICOR + t] = icorOf(inv, yr - prevReal, dy);
      const prevK = R[CAP + t - 1]!;
      const K = (1 - depreciation) * prevK + inv / dy;
      R[CAP + t] = K;
      const gK = K / prevK - 1;
      R[CAPG + t] = gK;
      const prevL = R[LAB + t - 1]!;
      const L = prevL * (1 + this.labG[k]!);
      R[LAB + t] = L;
      const gL = L / prevL - 1;
      R[TFP + t] = gY - alpha * gK - (1 - alpha) * gL;
      // Exports (16).
      const aX = aXs[k]!;
      R[X + t] = aX === aX ? aX : R[X + t - 1]! * (1 + floor(this.xg[k]!));
    }
    // Digital economy share of GRDP (90): moves by its assumed pace, kept within 0..1.
    for (let t = 1; t < n; t++) {
      const next = R[DS + t - 1]! + this.dsC[t - 1]!;
      R[DS + t] = next < 0 ? 0 : next > 1 ? 1 : next;
    }
    // Indicators (18) do not feed the economy: one pass per indicator, the level in a register.
    for (let j = 0; j < nInd; j++) {
      const lo = indMin[j]!;
      const hi = indMax[j]!;
      let level = R[IND + j * n]!;
      for (let k = 0, a = j * T, out = IND + j * n + 1; k < T; k++, a++, out++) {
        const obs = aInd[a]!;
        const next = obs === obs ? obs : level + indC[a]!;
        level = next < lo ? lo : next > hi ? hi : next;
        R[out] = level;
      }
    }
    this.periodFigures(R, o);
  }

  private budgetYear(
    R: Float64Array,
    o: number,
    t: number,
    revenue: number,
    recurrent: number,
    transfers: number,
  ): void {
    const k = t > 0 ? t - 1 : 0;
    const at = this.at;
    const own = this.retained * revenue;
    const development = this.devOwn[k]! * own + this.devTr[k]! * transfers;
    R[o + at.revenue + t] = revenue;
    R[o + at.ownRevenue + t] = own;
    R[o + at.recurrent + t] = recurrent;
    R[o + at.transfers + t] = transfers;
    R[o + at.development + t] = development;
    R[o + at.balance + t] = own + transfers - recurrent - development;
    R[o + at.selfBalance + t] = own / recurrent;
  }

  private labourMemo = { ratio: NaN, growth: 0 };

  private periodFigures(R: Float64Array, o: number): void {
    const at = this.at;
    const last = this.n - 1;
    const gY = averageGrowth(R, o + at.grdpReal, last);
    const gK = averageGrowth(R, o + at.capital, last);
    // Labour is not drawn in the Monte Carlo: reuse its average growth while its path is unchanged.
    const LAB = o + at.labour;
    const labourRatio = R[LAB + last]! / R[LAB]!;
    if (labourRatio !== this.labourMemo.ratio)
      this.labourMemo = { ratio: labourRatio, growth: averageGrowth(R, LAB, last) };
    const gL = this.labourMemo.growth;
    const GROWTH = o + at.growth;
    const TFP = o + at.tfpGrowth;
    const REV = o + at.revenue;
    const INV = o + at.investment;
    const X = o + at.exports;
    const BAL = o + at.balance;
    let growthSum = 0;
    let tfpSum = 0;
    let rev = 0;
    let inv = 0;
    let x = 0;
    let bal = 0;
    for (let t = 1; t <= last; t++) {
      growthSum += R[GROWTH + t]!;
      tfpSum += R[TFP + t]!;
      rev += R[REV + t]!;
      inv += R[INV + t]!;
      x += R[X + t]!;
      bal += R[BAL + t]!;
    }
    const p = this.period;
    const a = this.alpha;
    p.avgGrowth = gY;
    p.tfpShare = gY !== 0 ? 1 - (a * gK) / gY - ((1 - a) * gL) / gY : 0;
    p.tfpShareSum = growthSum !== 0 ? tfpSum / growthSum : 0;
    p.revenueTotal = rev;
    p.investmentTotal = inv;
    p.exportsTotal = x;
    p.balanceTotal = bal;
  }
}

/**
 * The lowest yearly change a level may take, docs/model.md eq. (1): −99 %. Scenarios are refused
 * at −100 % or below when they are resolved; this keeps Monte Carlo draws in the far tail (and the
 * as-of shift) from turning a level negative.
 */
const MIN_CHANGE = -0.99;
const floor = (x: number): number => (x < MIN_CHANGE ? MIN_CHANGE : x);

/** Geometric average growth of the path at `at` from year 0 to `last`, docs/model.md eq. (19) (no closure: hot path). */
function averageGrowth(R: Float64Array, at: number, last: number): number {
  return last > 0 ? Math.pow(R[at + last]! / R[at]!, 1 / last) - 1 : 0;
}
