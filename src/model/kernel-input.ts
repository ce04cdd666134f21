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
  /** The frozen source of each place at its last load (loadRunInput skips those unchanged). */
  loaded: unknown[];
  /** The frozen input loaded last (loadRunInput skips it whole), or undefined. */
  loadedInput: RunInput | undefined;
  /** The one buffer every assumption and actual array above is a view of (not hasActual). */
  buf: Float64Array;
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
    loaded: [],
    loadedInput: undefined,
    buf,
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

/**
 * Loads a run input into flat arrays of the right size, allocating nothing per year. A frozen
 * input (src/model/freeze-input.ts) is flattened once, the first time it is loaded, and loaded
 * after that as one copy of its buffer; the input loaded last is not loaded again. Only this
 * function may write the assumption and actual arrays of a kernel that is reloaded (the Monte
 * Carlo writes its draws into a kernel of its own, which is never reloaded).
 */
export function loadRunInput(o: FlatInput, pack: ModelPack, input: RunInput): void {
  if (o.loadedInput === input) return;
  if (!Object.isFrozen(input)) {
    o.loadedInput = undefined;
    writeRunInput(o, pack, input);
    return;
  }
  let flat = flatInputs.get(input);
  if (!flat || flat.buf.length !== o.buf.length) {
    flat = flattenRunInput(pack, input);
    flatInputs.set(input, flat);
  }
  o.buf.set(flat.buf);
  o.hasActual.set(flat.hasActual);
  o.ratioMode = flat.ratioMode;
  o.icorMode = flat.icorMode;
  o.buoyancy = flat.buoyancy;
  o.retained = flat.retained;
  o.depreciation = flat.depreciation;
  o.alpha = flat.alpha;
  // The places now hold the input's frozen paths: a solver's trial input that shares them skips them.
  const seen = o.loaded;
  const from = flat.loaded;
  seen.length = from.length;
  for (let i = 0; i < from.length; i++) seen[i] = from[i];
  o.loadedInput = input;
}

/** Each frozen input flattened once (held as long as the input is). */
const flatInputs = new WeakMap<RunInput, FlatInput>();

/**
 * Writes a run input path by path. A frozen path that was loaded into the same place last time
 * is not copied again: it cannot have changed, and the solver and the tornado change one path
 * per run.
 */
function writeRunInput(o: FlatInput, pack: ModelPack, input: RunInput): void {
  const m = pack.model;
  const T = input.years.length;
  for (let i = 0; i < S; i++) {
    const s = SECTORS[i]!;
    put(o, 2 * i, o.g, input.growth[s], i * T);
    put(o, 2 * i + 1, o.pi, input.deflator[s], i * T);
  }
  const bu = input.budget;
  put(o, 8, o.pop, input.populationGrowth);
  put(o, 9, o.rr, bu.revenueRatio);
  put(o, 10, o.recG, bu.recurrentGrowth);
  put(o, 11, o.trG, bu.transferGrowth);
  put(o, 12, o.devOwn, bu.developmentShareOfOwn);
  put(o, 13, o.devTr, bu.developmentShareOfTransfers);
  put(o, 14, o.icor, input.investment.icor);
  put(o, 15, o.rate, input.investment.rate);
  put(o, 16, o.labG, input.labourGrowth);
  put(o, 17, o.xg, input.exportGrowth);
  put(o, 18, o.dsC, input.digitalShareChange);
  o.ratioMode = bu.mode === 'ratio';
  o.icorMode = input.investment.mode === 'icor';
  o.buoyancy = bu.buoyancy;
  o.retained = bu.retainedShare;
  o.depreciation = input.investment.depreciation;
  o.alpha = input.capitalShare;
  const inds = m.indicators;
  const indC = o.indC;
  const seen = o.loaded;
  let slot = PATH_SLOTS;
  for (let j = 0; j < inds.length; j++, slot++) {
    const c = input.indicatorChange[inds[j]!.id];
    // A missing path is zeros (no change), and zeros are not remembered.
    if (c && c.length === T) put(o, slot, indC, c, j * T);
    else {
      for (let k = 0; k < T; k++) indC[j * T + k] = c?.[k] ?? 0;
      seen[slot] = undefined;
    }
  }
  if (seen[slot] !== input.actuals) {
    loadActuals(o, inds, input.actuals, T);
    seen[slot] = Object.isFrozen(input.actuals) ? input.actuals : undefined;
  }
}

/** The places of the per-year assumption paths: growth and deflator per sector, then 11 scalars. */
const PATH_SLOTS = 2 * S + 11;

/** Copies `src` into `dst` at `at` unless it is the frozen array loaded into place `slot` last time. */
function put(o: FlatInput, slot: number, dst: Float64Array, src: readonly number[], at = 0): void {
  if (o.loaded[slot] === src) return;
  copy(dst, src, at);
  o.loaded[slot] = Object.isFrozen(src) ? src : undefined;
}

/** The actuals of the years up to asOf, NaN where nothing was published. */
function loadActuals(
  o: FlatInput,
  inds: ModelPack['model']['indicators'],
  actuals: RunInput['actuals'],
  T: number,
): void {
  // The actuals' arrays are contiguous in the one input buffer (allocateInput): one fill clears them.
  o.actualsBlock.fill(NaN);
  o.hasActual.fill(0);
  for (let k = 0; k < T; k++) {
    const a = actuals[k];
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
  writeRunInput(o, pack, input);
  return o;
}
