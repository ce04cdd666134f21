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
  private budgetYear(t: number, revenue: number, recurrent: number, transfers: number): void {
    const k = t > 0 ? t - 1 : 0;
    const own = this.retained * revenue;
    const development = this.devOwn[k]! * own + this.devTr[k]! * transfers;
    this.revenue[t] = revenue;
    this.ownRevenue[t] = own;
    this.recurrent[t] = recurrent;
    this.transfers[t] = transfers;
    this.development[t] = development;
    this.balance[t] = own + transfers - recurrent - development;
    this.selfBalance[t] = own / recurrent;
  }

  /** Projects every plan year from the current assumption arrays (docs/model.md §3, §4). */
  run(): void {
    const { T, n, real, deflator: defl, nominal: nom, share, sectorGrowth, g, pi, aG: aGs, aS } = this;
    const {
      grdpReal,
      grdpNominal,
      grdpDeflator,
      growth,
      population,
      perCapita,
      revenue,
      recurrent,
      transfers,
    } = this;
    const {
      investment,
      investmentRate,
      icorImplied,
      capital,
      capitalGrowth,
      labour,
      tfpGrowth,
      exports,
      indicators,
    } = this;
    const { aPop: aPops, aRev: aRevs, aInv: aInvs, aX: aXs, aInd, hasActual, indC, indMin, indMax } = this;
    const { ratioMode, icorMode, buoyancy, depreciation, alpha } = this;
    const nInd = this.ind0.length;
    this.budgetYear(0, this.base.rev, this.base.rec, this.base.tr);
    for (let t = 1; t < n; t++) {
      const k = t - 1;
      // Production and prices, eqs. (1)-(6), with the as-of shift of eq. (33): sectors without a published
      // growth share one uniform shift so the total equals the published figure.
      const prevReal = grdpReal[t - 1]!;
      let shift = 0;
      const aG = aGs[k]!;
      if (aG === aG) {
        let explained = 0;
        let freeWeight = 0;
        for (let i = 0; i < S; i++) {
          const w = real[i * n + t - 1]! / prevReal;
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
      const r0 = real[t - 1]! * (1 + g0);
      const r1 = real[t1 - 1]! * (1 + g1);
      const r2 = real[t2 - 1]! * (1 + g2);
      const r3 = real[t3 - 1]! * (1 + g3);
      let d0 = defl[t - 1]! * (1 + floor(pi[k]!));
      let d1 = defl[t1 - 1]! * (1 + floor(pi[k1]!));
      let d2 = defl[t2 - 1]! * (1 + floor(pi[k2]!));
      let d3 = defl[t3 - 1]! * (1 + floor(pi[k3]!));
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
      sectorGrowth[t] = g0;
      sectorGrowth[t1] = g1;
      sectorGrowth[t2] = g2;
      sectorGrowth[t3] = g3;
      real[t] = r0;
      real[t1] = r1;
      real[t2] = r2;
      real[t3] = r3;
      defl[t] = d0;
      defl[t1] = d1;
      defl[t2] = d2;
      defl[t3] = d3;
      const n0 = r0 * d0;
      const n1 = r1 * d1;
      const n2 = r2 * d2;
      const n3 = r3 * d3;
      nom[t] = n0;
      nom[t1] = n1;
      nom[t2] = n2;
      nom[t3] = n3;
      const yr = r0 + r1 + r2 + r3;
      const yn = n0 + n1 + n2 + n3;
      grdpReal[t] = yr;
      grdpNominal[t] = yn;
      const dy = yn / yr;
      grdpDeflator[t] = dy;
      const gY = yr / prevReal - 1;
      growth[t] = gY;
      share[t] = n0 / yn;
      share[t1] = n1 / yn;
      share[t2] = n2 / yn;
      share[t3] = n3 / yn;
      // Population, eqs. (7)-(8).
      const aPop = aPops[k]!;
      const pop = aPop === aPop ? aPop : population[t - 1]! * (1 + floor(this.pop[k]!));
      population[t] = pop;
      perCapita[t] = yn / pop;
      // Budget, eqs. (9)-(11).
      const aRev = aRevs[k]!;
      const rev =
        aRev === aRev
          ? aRev
          : ratioMode
            ? this.rr[k]! * yn
            : revenue[t - 1]! * Math.pow(yn / grdpNominal[t - 1]!, buoyancy);
      this.budgetYear(
        t,
        rev,
        recurrent[t - 1]! * (1 + this.recG[k]!),
        transfers[t - 1]! * (1 + this.trG[k]!),
      );
      // Investment, capital, TFP, eqs. (12)-(14), (17), (29); as-of years without a published
      // investment figure use the rate form.
      const aInv = aInvs[k]!;
      const byRate = !icorMode || (hasActual[k] === 1 && aInv !== aInv);
      const inv =
        aInv === aInv
          ? aInv
          : Math.max(0, byRate ? this.rate[k]! * yn : this.icor[k]! * (yr - prevReal) * dy);
      investment[t] = inv;
      investmentRate[t] = inv / yn;
      icorImplied[t] = icorOf(inv, yr - prevReal, dy);
      const K = (1 - depreciation) * capital[t - 1]! + inv / dy;
      capital[t] = K;
      const gK = K / capital[t - 1]! - 1;
      capitalGrowth[t] = gK;
      const L = labour[t - 1]! * (1 + this.labG[k]!);
      labour[t] = L;
      const gL = L / labour[t - 1]! - 1;
      tfpGrowth[t] = gY - alpha * gK - (1 - alpha) * gL;
      // Exports (16).
      const aX = aXs[k]!;
      exports[t] = aX === aX ? aX : exports[t - 1]! * (1 + floor(this.xg[k]!));
    }
    // Digital economy share of GRDP (90): moves by its assumed pace, kept within 0..1.
    const ds = this.digitalShare;
    for (let t = 1; t < n; t++) {
      const next = ds[t - 1]! + this.dsC[t - 1]!;
      ds[t] = next < 0 ? 0 : next > 1 ? 1 : next;
    }
    // Indicators (18) do not feed the economy: one pass per indicator, the level in a register.
    for (let j = 0; j < nInd; j++) {
      const lo = indMin[j]!;
      const hi = indMax[j]!;
      let level = indicators[j * n]!;
      for (let k = 0, a = j * T, out = j * n + 1; k < T; k++, a++, out++) {
        const obs = aInd[a]!;
        const next = obs === obs ? obs : level + indC[a]!;
        level = next < lo ? lo : next > hi ? hi : next;
        indicators[out] = level;
      }
    }
    this.periodFigures();
  }

  private labourMemo = { ratio: NaN, growth: 0 };

  private periodFigures(): void {
    const last = this.n - 1;
    const gY = averageGrowth(this.grdpReal, last);
    const gK = averageGrowth(this.capital, last);
    // Labour is not drawn in the Monte Carlo: reuse its average growth while its path is unchanged.
    const labourRatio = this.labour[last]! / this.labour[0]!;
    if (labourRatio !== this.labourMemo.ratio)
      this.labourMemo = { ratio: labourRatio, growth: averageGrowth(this.labour, last) };
    const gL = this.labourMemo.growth;
    let growthSum = 0;
    let tfpSum = 0;
    let rev = 0;
    let inv = 0;
    let x = 0;
    let bal = 0;
    for (let t = 1; t <= last; t++) {
      growthSum += this.growth[t]!;
      tfpSum += this.tfpGrowth[t]!;
      rev += this.revenue[t]!;
      inv += this.investment[t]!;
      x += this.exports[t]!;
      bal += this.balance[t]!;
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

/** Geometric average growth from index 0 to `last`, docs/model.md eq. (19) (no closure: hot path). */
function averageGrowth(a: Float64Array, last: number): number {
  return last > 0 ? Math.pow(a[last]! / a[0]!, 1 / last) - 1 : 0;
}
