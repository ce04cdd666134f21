import { SECTORS } from '../core/sectors.ts';
import type { RunInput } from './resolved-scenario.ts';
import type { ModelPack } from '../schema/model-pack.ts';

const S = SECTORS.length;

/**
 * A run input flattened for the kernel: per-year assumptions as Float64Arrays (sector-major,
 * `g[s·T + k]`), the modes and scalars, and the actuals with NaN where nothing was published.
 */
export function flattenRunInput(pack: ModelPack, input: RunInput) {
  const m = pack.model;
  const T = input.years.length;
  const I = m.indicators.length;
  const f = (len: number, fill = 0) => new Float64Array(len).fill(fill);
  const perS = (get: (s: (typeof SECTORS)[number]) => readonly number[]) => {
    const a = f(S * T);
    SECTORS.forEach((s, i) => a.set(get(s), i * T));
    return a;
  };
  const bu = input.budget;
  const o = {
    g: perS((s) => input.growth[s]),
    pi: perS((s) => input.deflator[s]),
    pop: Float64Array.from(input.populationGrowth),
    rr: Float64Array.from(bu.revenueRatio),
    recG: Float64Array.from(bu.recurrentGrowth),
    trG: Float64Array.from(bu.transferGrowth),
    devOwn: Float64Array.from(bu.developmentShareOfOwn),
    devTr: Float64Array.from(bu.developmentShareOfTransfers),
    icor: Float64Array.from(input.investment.icor),
    rate: Float64Array.from(input.investment.rate),
    labG: Float64Array.from(input.labourGrowth),
    xg: Float64Array.from(input.exportGrowth),
    dsC: Float64Array.from(input.digitalShareChange),
    indC: f(I * T),
    ratioMode: bu.mode === 'ratio',
    icorMode: input.investment.mode === 'icor',
    buoyancy: bu.buoyancy,
    retained: bu.retainedShare,
    depreciation: input.investment.depreciation,
    alpha: input.capitalShare,
    aG: f(T, NaN),
    aS: f(S * T, NaN),
    aPop: f(T, NaN),
    aRev: f(T, NaN),
    aInv: f(T, NaN),
    aX: f(T, NaN),
    aInd: f(I * T, NaN),
    hasActual: new Uint8Array(T),
  };
  m.indicators.forEach((d, j) => {
    const c = input.indicatorChange[d.id];
    for (let k = 0; k < T; k++) o.indC[j * T + k] = c?.[k] ?? 0;
  });
  input.actuals.forEach((a, k) => {
    if (!a) return;
    o.hasActual[k] = 1;
    if (a.grdpGrowth !== undefined) o.aG[k] = a.grdpGrowth;
    SECTORS.forEach((s, i) => {
      const v = a.sectorGrowth[s];
      if (v !== undefined) o.aS[i * T + k] = v;
    });
    if (a.population !== undefined) o.aPop[k] = a.population;
    if (a.revenue !== undefined) o.aRev[k] = a.revenue;
    if (a.investment !== undefined) o.aInv[k] = a.investment;
    if (a.exports !== undefined) o.aX[k] = a.exports;
    m.indicators.forEach((d, j) => {
      const v = a.indicators[d.id];
      if (v !== undefined) o.aInd[j * T + k] = v;
    });
  });
  return o;
}
