import { SECTORS } from '../core/sectors.ts';
import type { RunInput } from './resolved-scenario.ts';
import type { ModelPack } from '../schema/model-pack.ts';

const S = SECTORS.length;

/**
 * A run input flattened for the kernel: per-year assumptions as Float64Arrays (sector-major,
 * `g[s·T + k]`), the modes and scalars, and the actuals with NaN where nothing was published.
 */
export interface FlatInput {
  g: Float64Array;
  pi: Float64Array;
  pop: Float64Array;
  rr: Float64Array;
  recG: Float64Array;
  trG: Float64Array;
  devOwn: Float64Array;
  devTr: Float64Array;
  icor: Float64Array;
  rate: Float64Array;
  labG: Float64Array;
  xg: Float64Array;
  dsC: Float64Array;
  indC: Float64Array;
  ratioMode: boolean;
  icorMode: boolean;
  buoyancy: number;
  retained: number;
  depreciation: number;
  alpha: number;
  aG: Float64Array;
  aYn: Float64Array;
  aS: Float64Array;
  aPop: Float64Array;
  aRev: Float64Array;
  aInv: Float64Array;
  aX: Float64Array;
  aInd: Float64Array;
  hasActual: Uint8Array;
  /** The actual-value arrays (aG … aInd) as one view, NaN where nothing was published. */
  actualsBlock: Float64Array;
}

/** Empty input arrays for T plan years and I indicators, all in one buffer (one allocation). */
export function allocateInput(T: number, I: number): FlatInput {
  const sizes = { g: S * T, pi: S * T, aS: S * T, indC: I * T, aInd: I * T } as Record<string, number>;
  const names = [
    'g',
    'pi',
    'pop',
    'rr',
    'recG',
    'trG',
    'devOwn',
    'devTr',
    'icor',
    'rate',
    'labG',
    'xg',
    'dsC',
  ];
  const actualNames = ['aG', 'aYn', 'aS', 'aPop', 'aRev', 'aInv', 'aX', 'aInd', 'indC'];
  const all = [...names, ...actualNames];
  const buf = new Float64Array(all.reduce((n, k) => n + (sizes[k] ?? T), 0));
  const out: Record<string, unknown> = {
    ratioMode: true,
    icorMode: true,
    buoyancy: 1,
    retained: 1,
    depreciation: 0,
    alpha: 0.5,
    hasActual: new Uint8Array(T),
  };
  let at = 0;
  for (const k of all) {
    const len = sizes[k] ?? T;
    out[k] = buf.subarray(at, at + len);
    at += len;
  }
  // aG … aInd sit one after the other (indC, last, is an assumption): one view clears them all.
  const actualsAt = (out.aG as Float64Array).byteOffset / 8;
  const actualsEnd = (out.indC as Float64Array).byteOffset / 8;
  out.actualsBlock = buf.subarray(actualsAt, actualsEnd);
  return out as unknown as FlatInput;
}

/** Writes a run input into flat arrays of the right size, allocating nothing per year. */
export function loadRunInput(o: FlatInput, pack: ModelPack, input: RunInput): void {
  const m = pack.model;
  const T = input.years.length;
  for (let i = 0; i < S; i++) {
    const s = SECTORS[i]!;
    copy(o.g, input.growth[s], i * T);
    copy(o.pi, input.deflator[s], i * T);
  }
  const bu = input.budget;
  copy(o.pop, input.populationGrowth);
  copy(o.rr, bu.revenueRatio);
  copy(o.recG, bu.recurrentGrowth);
  copy(o.trG, bu.transferGrowth);
  copy(o.devOwn, bu.developmentShareOfOwn);
  copy(o.devTr, bu.developmentShareOfTransfers);
  copy(o.icor, input.investment.icor);
  copy(o.rate, input.investment.rate);
  copy(o.labG, input.labourGrowth);
  copy(o.xg, input.exportGrowth);
  copy(o.dsC, input.digitalShareChange);
  o.ratioMode = bu.mode === 'ratio';
  o.icorMode = input.investment.mode === 'icor';
  o.buoyancy = bu.buoyancy;
  o.retained = bu.retainedShare;
  o.depreciation = input.investment.depreciation;
  o.alpha = input.capitalShare;
  const inds = m.indicators;
  const indC = o.indC;
  for (let j = 0; j < inds.length; j++) {
    const c = input.indicatorChange[inds[j]!.id];
    for (let k = 0; k < T; k++) indC[j * T + k] = c?.[k] ?? 0;
  }
  // The actuals' arrays are contiguous in the one input buffer (allocateInput): one fill clears them.
  o.actualsBlock.fill(NaN);
  o.hasActual.fill(0);
  for (let k = 0; k < T; k++) {
    const a = input.actuals[k];
    if (!a) continue;
    o.hasActual[k] = 1;
    if (a.grdpGrowth !== undefined) o.aG[k] = a.grdpGrowth;
    if (a.grdpNominal !== undefined) o.aYn[k] = a.grdpNominal;
    for (let i = 0; i < S; i++) {
      const v = a.sectorGrowth[SECTORS[i]!];
      if (v !== undefined) o.aS[i * T + k] = v;
    }
    if (a.population !== undefined) o.aPop[k] = a.population;
    if (a.revenue !== undefined) o.aRev[k] = a.revenue;
    if (a.investment !== undefined) o.aInv[k] = a.investment;
    if (a.exports !== undefined) o.aX[k] = a.exports;
    for (let j = 0; j < inds.length; j++) {
      const v = a.indicators[inds[j]!.id];
      if (v !== undefined) o.aInd[j * T + k] = v;
    }
  }
}

/**
 * Copies a short path into a typed array at `at`. A plain loop: TypedArray.set from a JS array
 * costs ~4× more for the 5-10 values of a plan (measured with the bench's timer).
 */
function copy(dst: Float64Array, src: readonly number[], at = 0): void {
  for (let k = 0; k < src.length; k++) dst[at + k] = src[k]!;
}

/** A run input flattened into fresh arrays. */
export function flattenRunInput(pack: ModelPack, input: RunInput): FlatInput {
  const o = allocateInput(input.years.length, pack.model.indicators.length);
  loadRunInput(o, pack, input);
  return o;
}
