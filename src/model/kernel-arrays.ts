import { SECTORS } from '../core/sectors.ts';
import { emptyPeriod } from './projection.ts';
import type { RunInput } from './resolved-scenario.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import { flattenRunInput } from './kernel-input.ts';

const S = SECTORS.length;

/**
 * The arrays of a ProjectionKernel (kernel.ts): writable assumptions, actuals, the base year and
 * the results, all preallocated from (pack, input) with year 0 filled in.
 */
export class KernelArrays {
  readonly T: number;
  readonly n: number;
  readonly years: number[];
  readonly indicatorIds: string[];
  // Assumptions (core units: fractions), plan-year offset k = t − 1.
  declare readonly g: Float64Array;
  declare readonly pi: Float64Array;
  declare readonly pop: Float64Array;
  declare readonly rr: Float64Array;
  declare readonly recG: Float64Array;
  declare readonly trG: Float64Array;
  declare readonly devOwn: Float64Array;
  declare readonly devTr: Float64Array;
  declare readonly icor: Float64Array;
  declare readonly rate: Float64Array;
  declare readonly labG: Float64Array;
  declare readonly xg: Float64Array;
  declare readonly dsC: Float64Array;
  declare readonly indC: Float64Array;
  declare ratioMode: boolean;
  declare icorMode: boolean;
  declare buoyancy: number;
  declare retained: number;
  declare depreciation: number;
  declare alpha: number;
  // Actuals (NaN where not published); `hasActual[k]` mirrors `input.actuals[k] !== null`.
  declare readonly aG: Float64Array;
  declare readonly aS: Float64Array;
  declare readonly aPop: Float64Array;
  declare readonly aRev: Float64Array;
  declare readonly aInv: Float64Array;
  declare readonly aX: Float64Array;
  declare readonly aInd: Float64Array;
  declare readonly hasActual: Uint8Array;
  // Base year and indicator bounds.
  protected readonly R0: Float64Array;
  protected readonly N0: Float64Array;
  protected readonly base: {
    growth: number;
    pop: number;
    rev: number;
    rec: number;
    tr: number;
    inv: number;
    k0: number;
    lab: number;
    x: number;
    ds: number;
  };
  protected readonly ind0: Float64Array;
  protected readonly indMin: Float64Array;
  protected readonly indMax: Float64Array;
  // Results, index t = 0..T.
  readonly real: Float64Array;
  readonly nominal: Float64Array;
  readonly deflator: Float64Array;
  readonly share: Float64Array;
  readonly sectorGrowth: Float64Array;
  readonly grdpReal: Float64Array;
  readonly grdpNominal: Float64Array;
  readonly grdpDeflator: Float64Array;
  readonly growth: Float64Array;
  readonly population: Float64Array;
  readonly perCapita: Float64Array;
  readonly revenue: Float64Array;
  readonly ownRevenue: Float64Array;
  readonly recurrent: Float64Array;
  readonly selfBalance: Float64Array;
  readonly transfers: Float64Array;
  readonly development: Float64Array;
  readonly balance: Float64Array;
  readonly investment: Float64Array;
  readonly investmentRate: Float64Array;
  readonly capital: Float64Array;
  readonly capitalGrowth: Float64Array;
  readonly labour: Float64Array;
  readonly tfpGrowth: Float64Array;
  readonly exports: Float64Array;
  readonly digitalShare: Float64Array;
  readonly indicators: Float64Array;
  /** Period figures of the last run (docs/model.md §4, eq. 15). */
  readonly period = emptyPeriod();

  constructor(pack: ModelPack, input: RunInput) {
    const m = pack.model;
    const b = m.baseline;
    const T = input.years.length;
    const n = T + 1;
    const I = m.indicators.length;
    this.T = T;
    this.n = n;
    this.years = [m.baseYear, ...input.years];
    this.indicatorIds = m.indicators.map((d) => d.id);
    const f = (len: number, fill = 0) => new Float64Array(len).fill(fill);
    Object.assign(this, flattenRunInput(pack, input));
    this.R0 = Float64Array.from(SECTORS.map((s) => b.realBn[s].value));
    this.N0 = Float64Array.from(SECTORS.map((s) => b.nominalBn[s].value));
    this.base = {
      growth: b.grdpGrowthPct.value / 100,
      pop: b.populationThousand.value,
      rev: b.revenueBn.value,
      rec: b.recurrentSpendingBn.value,
      tr: b.transfersBn.value,
      inv: b.investmentBn.value,
      k0: b.capitalOutputRatio.value,
      lab: b.labourThousand.value,
      x: b.exportsMnUsd.value,
      ds: (b.digitalSharePct?.value ?? 0) / 100,
    };
    this.ind0 = Float64Array.from(m.indicators.map((d) => d.base.value));
    this.indMin = Float64Array.from(m.indicators.map((d) => d.min));
    this.indMax = Float64Array.from(m.indicators.map((d) => d.max));
    this.real = f(S * n);
    this.nominal = f(S * n);
    this.deflator = f(S * n);
    this.share = f(S * n);
    this.sectorGrowth = f(S * n);
    this.grdpReal = f(n);
    this.grdpNominal = f(n);
    this.grdpDeflator = f(n);
    this.growth = f(n);
    this.population = f(n);
    this.perCapita = f(n);
    this.revenue = f(n);
    this.ownRevenue = f(n);
    this.recurrent = f(n);
    this.selfBalance = f(n);
    this.transfers = f(n);
    this.development = f(n);
    this.balance = f(n);
    this.investment = f(n);
    this.investmentRate = f(n);
    this.capital = f(n);
    this.capitalGrowth = f(n);
    this.labour = f(n);
    this.tfpGrowth = f(n);
    this.exports = f(n);
    this.digitalShare = f(n);
    this.indicators = f(I * n);
    this.initBase();
  }

  /** Year 0 (base year); it depends on the assumptions only through the budget shares of year 1. */
  private initBase(): void {
    const { n, base } = this;
    let yr = 0;
    let yn = 0;
    for (let i = 0; i < S; i++) {
      yr += this.R0[i]!;
      yn += this.N0[i]!;
    }
    for (let i = 0; i < S; i++) {
      this.real[i * n] = this.R0[i]!;
      this.nominal[i * n] = this.N0[i]!;
      this.deflator[i * n] = this.N0[i]! / this.R0[i]!;
      this.share[i * n] = this.N0[i]! / yn;
      this.sectorGrowth[i * n] = base.growth;
    }
    this.grdpReal[0] = yr;
    this.grdpNominal[0] = yn;
    this.grdpDeflator[0] = yn / yr;
    this.growth[0] = base.growth;
    this.population[0] = base.pop;
    this.perCapita[0] = yn / base.pop;
    this.investment[0] = base.inv;
    this.investmentRate[0] = base.inv / yn;
    this.capital[0] = base.k0 * yr;
    this.labour[0] = base.lab;
    this.exports[0] = base.x;
    this.digitalShare[0] = base.ds;
    for (let j = 0; j < this.ind0.length; j++) this.indicators[j * n] = this.ind0[j]!;
  }
}
