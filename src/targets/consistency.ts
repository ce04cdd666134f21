import { SECTORS, perSector, type PerSector, type Sector } from '../core/sectors.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import type { Target } from '../schema/target.ts';
import { aboutTolerance, compare, type Status } from './compare.ts';
import { consistencyFindings, type Finding } from './consistency-findings.ts';

/** A band in %/yr or % (low, mid, high). */
export interface Band {
  low: number;
  mid: number;
  high: number;
}

/** Results of docs/model.md §7 for a pack; shares and rates in percent. */
export interface ConsistencyReport {
  baseYear: number;
  lastYear: number;
  years: number;
  /** Base-year structure at current prices and constant-price weights (%). */
  base: { shares: PerSector<number>; weights: PerSector<number> };
  sectorBands: PerSector<Band> | null;
  totalBand: Band | null;
  structureTarget: PerSector<number> | null;
  /** Check 1: average GRDP growth with every sector at its low / mid / high rate; λ: band position all sectors need for the total's lower bound. */
  totalVsSectors: { low: number; mid: number; high: number; positionForTotalLow: number | null } | null;
  /** Check 2: last-year structure at mid rates and equal deflators, and its gap to the target (pp). */
  structureEqualPrices: { shares: PerSector<number>; gap: PerSector<number> } | null;
  /** Check 3: yearly deflator drift of each sector relative to the GRDP deflator that reconciles mid growth with the structure (%/yr). */
  reconcilingDrift: PerSector<number> | null;
  /** Check 4: the base structure that makes targets and growth consistent at constant relative prices, at low / mid / high rates. */
  impliedBase: { low: PerSector<number>; mid: PerSector<number>; high: PerSector<number> } | null;
  /** Per-capita target: nominal GRDP growth it needs and the implied GRDP deflator at low / mid / high real growth (%/yr). */
  perCapita: {
    target: number;
    year: number;
    base: number;
    populationGrowth: number;
    nominalGrowth: number;
    deflator: Band;
    packDeflator: number;
  } | null;
  /** Product taxes: growth vs GRDP growth, share at equal prices vs target, needed drift, implied base share. */
  productTaxes: {
    growth: number;
    grdpGrowth: number;
    baseShare: number;
    shareEqualPrices: number;
    target: number;
    drift: number;
    impliedBaseShare: number;
  } | null;
  /**
   * The targets these checks judge, scored by the one scorer (src/targets/scorer.ts) at the plan's
   * mid rates and equal relative prices: a scenario with those assumptions gets the same statuses.
   */
  verdicts: TargetVerdict[];
  findings: Finding[];
}

/** A target judged by the consistency checks: the value they compute for it, and its status. */
export interface TargetVerdict {
  id: string;
  series: string;
  value: number;
  status: Status;
}

/**
 * Checks whether the resolution's targets can hold together, docs/model.md §7, from the pack alone:
 * sector bands (targets on `real.<s>` avgGrowth), the total band (`grdpReal` avgGrowth), the
 * structure (`share.<s>` level) and the per-capita level target. With G_s = (1+g_s)^T:
 * total ḡ = (Σ w0_s·G_s)^(1/T) − 1 (eq. 5 rolled); structure at equal deflators
 * share_s = s0_s·G_s / Σ s0·G (eq. 6'); reconciling drift r_s = (target_s/share_s)·(Σ w0·G / Σ s0·G), %/yr = r_s^(1/T) − 1;
 * implied base s0_s ∝ target_s / G_s; per capita: Yn* = pc*·Pop0·(1+n)^T, deflator = (1+nominal)/(1+ḡ) − 1.
 */
export function consistency(pack: ModelPack): ConsistencyReport {
  const m = pack.model;
  const T = m.lastPlanYear - m.baseYear;
  const b = m.baseline;
  const yn0 = sum(perSector((s) => b.nominalBn[s].value));
  const yr0 = sum(perSector((s) => b.realBn[s].value));
  const s0 = perSector((s) => b.nominalBn[s].value / yn0);
  const w0 = perSector((s) => b.realBn[s].value / yr0);
  const find = (series: string, kind: Target['kind']) =>
    pack.targets.find((t) => t.series === series && t.kind === kind && t.modelled !== 'no');
  const sectorTargets = perSector((s) => find(`real.${s}`, 'avgGrowth'));
  const sectorBands = SECTORS.every((s) => sectorTargets[s])
    ? perSector((s) => bandOf(sectorTargets[s]!))
    : null;
  const totalTarget = find('grdpReal', 'avgGrowth');
  const totalBand = totalTarget ? bandOf(totalTarget) : null;
  const shareTargets = perSector((s) => find(`share.${s}`, 'level'));
  const rawShares = SECTORS.every((s) => shareTargets[s])
    ? perSector((s) => bandOf(shareTargets[s]!).mid)
    : null;
  const structureTarget = rawShares ? normalise(rawShares) : null;

  const G = (rates: PerSector<number>) => perSector((s) => Math.pow(1 + rates[s] / 100, T));
  const total = (rates: PerSector<number>) =>
    (Math.pow(sum(perSector((s) => w0[s] * G(rates)[s])), 1 / T) - 1) * 100;
  const at = (which: keyof Band) => (sectorBands ? perSector((s) => sectorBands[s][which]) : null);
  const low = at('low');
  const mid = at('mid');
  const high = at('high');

  let totalVsSectors: ConsistencyReport['totalVsSectors'] = null;
  if (low && mid && high && sectorBands) {
    const position = (lambda: number) => total(perSector((s) => low[s] + lambda * (high[s] - low[s])));
    const target = totalBand?.low;
    let positionForTotalLow: number | null = null;
    if (target !== undefined && position(0) < target && position(1) >= target)
      positionForTotalLow = bisect((x) => position(x) - target, 0, 1);
    else if (target !== undefined && position(0) >= target) positionForTotalLow = 0;
    totalVsSectors = { low: total(low), mid: total(mid), high: total(high), positionForTotalLow };
  }

  const equalPrices = (rates: PerSector<number>) => normalise(perSector((s) => s0[s] * G(rates)[s]));
  let structureEqualPrices: ConsistencyReport['structureEqualPrices'] = null;
  let reconcilingDrift: PerSector<number> | null = null;
  let impliedBase: ConsistencyReport['impliedBase'] = null;
  if (mid && structureTarget) {
    const eq = equalPrices(mid);
    structureEqualPrices = { shares: pct(eq), gap: perSector((s) => (eq[s] - structureTarget[s]) * 100) };
    const g = G(mid);
    const ratio = sum(perSector((s) => w0[s] * g[s])) / sum(perSector((s) => s0[s] * g[s]));
    reconcilingDrift = perSector((s) => (Math.pow((structureTarget[s] / eq[s]) * ratio, 1 / T) - 1) * 100);
    const implied = (rates: PerSector<number>) =>
      pct(normalise(perSector((s) => structureTarget[s] / G(rates)[s])));
    impliedBase = { low: implied(low!), mid: implied(mid), high: implied(high!) };
  }

  let perCapita: ConsistencyReport['perCapita'] = null;
  const pcTarget = pack.targets.find(
    (t) => t.series === 'perCapita' && t.kind === 'level' && t.modelled !== 'no',
  );
  if (pcTarget) {
    const year = pcTarget.year ?? m.lastPlanYear;
    const n = year - m.baseYear;
    const value = pcTarget.comparator === 'range' ? pcTarget.min! : pcTarget.value!;
    const popGrowth = meanYearly(m.defaults.populationGrowth);
    const pop0 = b.populationThousand.value;
    const nominalGrowth = Math.pow((value * pop0 * Math.pow(1 + popGrowth / 100, n)) / yn0, 1 / n) - 1;
    const deflatorAt = (real: number) => ((1 + nominalGrowth) / (1 + real / 100) - 1) * 100;
    const real =
      totalVsSectors ?? (totalBand ? { low: totalBand.low, mid: totalBand.mid, high: totalBand.high } : null);
    const d = real
      ? { low: deflatorAt(real.high), mid: deflatorAt(real.mid), high: deflatorAt(real.low) }
      : { low: NaN, mid: NaN, high: NaN };
    const packDeflator = sum(perSector((s) => s0[s] * meanYearly(m.defaults.deflator[s])));
    perCapita = {
      target: value,
      year,
      base: yn0 / pop0,
      populationGrowth: popGrowth,
      nominalGrowth: nominalGrowth * 100,
      deflator: d,
      packDeflator,
    };
  }

  let productTaxes: ConsistencyReport['productTaxes'] = null;
  if (mid && structureTarget && structureEqualPrices && reconcilingDrift && impliedBase && totalVsSectors)
    productTaxes = {
      growth: mid.T,
      grdpGrowth: totalVsSectors.mid,
      baseShare: s0.T * 100,
      shareEqualPrices: structureEqualPrices.shares.T,
      target: structureTarget.T * 100,
      drift: reconcilingDrift.T,
      impliedBaseShare: impliedBase.mid.T,
    };

  const verdicts: TargetVerdict[] = [];
  const judge = (t: Target | undefined, value: number | undefined) => {
    if (t && value !== undefined && Number.isFinite(value))
      verdicts.push({ id: t.id, series: t.series!, value, status: compare(t, value).status });
  };
  judge(totalTarget, totalVsSectors?.mid);
  for (const s of SECTORS) {
    judge(sectorTargets[s], mid?.[s]);
    judge(shareTargets[s], structureEqualPrices?.shares[s]);
  }

  const report: Omit<ConsistencyReport, 'findings'> = {
    baseYear: m.baseYear,
    lastYear: m.lastPlanYear,
    years: T,
    base: { shares: pct(s0), weights: pct(w0) },
    sectorBands,
    totalBand,
    structureTarget: structureTarget ? pct(structureTarget) : null,
    totalVsSectors,
    structureEqualPrices,
    reconcilingDrift,
    impliedBase,
    perCapita,
    productTaxes,
    verdicts,
  };
  return { ...report, findings: consistencyFindings(report) };
}

/** A target's band: range [min, max]; about T ± tol; atLeast/atMost the value on both ends. */
function bandOf(t: Target): Band {
  if (t.comparator === 'range') return { low: t.min!, mid: (t.min! + t.max!) / 2, high: t.max! };
  if (t.comparator === 'about') {
    const tol = aboutTolerance(t);
    return { low: t.value! - tol, mid: t.value!, high: t.value! + tol };
  }
  return { low: t.value!, mid: t.value!, high: t.value! };
}

function sum(v: PerSector<number>): number {
  return SECTORS.reduce((a, s) => a + v[s], 0);
}

function normalise(v: PerSector<number>): PerSector<number> {
  const total = sum(v);
  return perSector((s: Sector) => v[s] / total);
}

function pct(v: PerSector<number>): PerSector<number> {
  return perSector((s) => v[s] * 100);
}

function meanYearly(v: number | Record<string, number>): number {
  if (typeof v === 'number') return v;
  const xs = Object.values(v);
  return xs.length > 0 ? xs.reduce((a, x) => a + x, 0) / xs.length : 0;
}

function bisect(f: (x: number) => number, lo: number, hi: number): number {
  let a = lo;
  let b = hi;
  for (let i = 0; i < 60; i++) {
    const c = (a + b) / 2;
    if (f(c) < 0) a = c;
    else b = c;
  }
  return (a + b) / 2;
}
