import { SECTORS } from '../core/sectors.ts';
import { emptyPeriod } from './projection.ts';
import type { RunInput } from './resolved-scenario.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import { flattenRunInput, loadRunInput, type FlatInput } from './kernel-input.ts';
import { OUTPUTS, type OutputId } from './variables.ts';

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
  private readonly pack: ModelPack;
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
  declare readonly aYn: Float64Array;
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
  /** Every result path, laid out as `layout` says. */
  readonly results: Float64Array;
  /** Where each output series (src/model/variables.ts) and the indicators sit in `results`. */
  readonly layout: ReadonlyMap<string, { at: number; len: number }>;
  /** Where each block starts in `results` (the same as `layout`, as plain numbers for the run). */
  protected readonly at: Record<OutputId | 'indicators', number>;
  /** The base-year (t = 0) position of every path in `results`: what a run into another buffer copies first. */
  protected readonly basePositions: Int32Array;
  declare readonly real: Float64Array;
  declare readonly nominal: Float64Array;
  declare readonly deflator: Float64Array;
  declare readonly share: Float64Array;
  declare readonly sectorGrowth: Float64Array;
  declare readonly grdpReal: Float64Array;
  declare readonly grdpNominal: Float64Array;
  declare readonly grdpDeflator: Float64Array;
  declare readonly growth: Float64Array;
  declare readonly population: Float64Array;
  declare readonly perCapita: Float64Array;
  declare readonly revenue: Float64Array;
  declare readonly ownRevenue: Float64Array;
  declare readonly recurrent: Float64Array;
  declare readonly selfBalance: Float64Array;
  declare readonly transfers: Float64Array;
  declare readonly development: Float64Array;
  declare readonly balance: Float64Array;
  declare readonly investment: Float64Array;
  declare readonly investmentRate: Float64Array;
  declare readonly icorImplied: Float64Array;
  declare readonly capital: Float64Array;
  declare readonly capitalGrowth: Float64Array;
  declare readonly labour: Float64Array;
  declare readonly tfpGrowth: Float64Array;
  declare readonly exports: Float64Array;
  declare readonly digitalShare: Float64Array;
  declare readonly indicators: Float64Array;
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
    Object.assign(this, flattenRunInput(pack, input));
    this.pack = pack;
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
    // Every result path is a view of one buffer, in one layout: project() runs into a region of its
    // slab in the same layout (ProjectionKernel.runInto).
    const layout = new Map<string, { at: number; len: number }>();
    let at = 0;
    for (const o of OUTPUTS) {
      const len = o.perSector ? S * n : n;
      layout.set(o.id, { at, len });
      at += len;
    }
    layout.set('indicators', { at, len: I * n });
    this.results = new Float64Array(at + I * n);
    this.layout = layout;
    this.at = Object.fromEntries([...layout].map(([name, l]) => [name, l.at])) as KernelArrays['at'];
    const starts: number[] = [];
    for (const l of layout.values()) for (let p = l.at; p < l.at + l.len; p += n) starts.push(p);
    this.basePositions = Int32Array.from(starts);
    const self = this as unknown as Record<string, Float64Array>;
    for (const [name, l] of layout) self[name] = this.results.subarray(l.at, l.at + l.len);
    this.initBase();
  }

  /** Replaces the assumptions and actuals with those of another input of the same plan years. */
  load(input: RunInput): void {
    if (input.years.length !== this.T || input.years[0] !== this.years[1])
      throw new Error(`kernel for ${this.years[1]}..: cannot load plan years ${input.years.join(',')}`);
    loadRunInput(this as unknown as FlatInput, this.pack, input);
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
    // The base year's ICOR over the base year's growth (the year before is yr / (1 + g0)).
    this.icorImplied[0] = icorOf(base.inv, yr - yr / (1 + base.growth), yn / yr);
    this.capital[0] = base.k0 * yr;
    this.labour[0] = base.lab;
    this.exports[0] = base.x;
    this.digitalShare[0] = base.ds;
    for (let j = 0; j < this.ind0.length; j++) this.indicators[j * n] = this.ind0[j]!;
  }
}

/**
 * The ICOR a year implies, docs/model.md eq. (12c): investment over the increase of real GRDP
 * valued at the year's GRDP deflator. An output, not a driver. Undefined when real GRDP does not
 * grow; reported as 0 then (a finite number the JSON answers can carry; no ratio is meaningful).
 */
export function icorOf(investment: number, deltaReal: number, deflator: number): number {
  return deltaReal > 0 ? investment / (deltaReal * deflator) : 0;
}
