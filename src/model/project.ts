import { SECTORS, perSector } from '../core/sectors.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import { setBudgetYear, stepBudget } from './budget.ts';
import { stepCapital } from './capital.ts';
import { stepPopulation } from './population.ts';
import { stepProduction } from './production.ts';
import type { PeriodFigures, Projection, YearKind } from './projection.ts';
import type { RunInput, YearActuals } from './resolved-scenario.ts';
import { stepExports, stepIndicators } from './trade-and-social.ts';

/**
 * Projects the province year by year from the pack's base year under a resolved scenario
 * (MODEL.md §3). Pure and deterministic: same inputs, same numbers.
 * @example project(pack, resolveScenarioOrThrow(pack, { model: pack.model.id })).perCapita.at(-1)
 */
export function project(pack: ModelPack, input: RunInput): Projection {
  const m = pack.model;
  const n = input.years.length + 1;
  const p = allocate(pack, input, n);
  for (let t = 1; t < n; t++) {
    const actual = input.actuals[t - 1] ?? null;
    stepProduction(p, input, t, actual);
    stepPopulation(p, input, t, actual);
    stepBudget(p, input, t, actual);
    stepCapital(p, input, t, actual);
    stepExports(p, input, t, actual);
    stepIndicators(p, input, m.indicators, t, actual);
    p.yearKinds[t] = yearKind(actual, m.indicators.length);
    p.actualSeries[t] = actualSeriesOf(actual);
  }
  p.period = periodFigures(p, input.capitalShare);
  return p;
}

function allocate(pack: ModelPack, input: RunInput, n: number): Projection {
  const b = pack.model.baseline;
  // Packed double arrays built by push: `new Array(n).fill(0)` makes holey arrays, measurably slower.
  const row = (first: number): number[] => {
    const a = [first];
    for (let i = 1; i < n; i++) a.push(0);
    return a;
  };
  const real = perSector((s) => row(b.realBn[s].value));
  const nominal = perSector((s) => row(b.nominalBn[s].value));
  const yr = SECTORS.reduce((sum, s) => sum + b.realBn[s].value, 0);
  const yn = SECTORS.reduce((sum, s) => sum + b.nominalBn[s].value, 0);
  const baseGrowth = b.grdpGrowthPct.value / 100;
  const pop = b.populationThousand.value;
  const capital = b.capitalOutputRatio.value * yr;
  const p: Projection = {
    modelId: pack.model.id,
    years: [pack.model.baseYear, ...input.years],
    baseYear: pack.model.baseYear,
    asOf: input.asOf,
    yearKinds: new Array<YearKind>(n).fill('projected'),
    actualSeries: Array.from({ length: n }, () => []),
    real,
    nominal,
    deflator: perSector((s) => row(b.nominalBn[s].value / b.realBn[s].value)),
    share: perSector((s) => row(b.nominalBn[s].value / yn)),
    sectorGrowth: perSector(() => row(baseGrowth)),
    grdpReal: row(yr),
    grdpNominal: row(yn),
    grdpDeflator: row(yn / yr),
    growth: row(baseGrowth),
    population: row(pop),
    perCapita: row(yn / pop),
    revenue: row(0),
    ownRevenue: row(0),
    recurrent: row(0),
    selfBalance: row(0),
    transfers: row(0),
    development: row(0),
    balance: row(0),
    investment: row(b.investmentBn.value),
    investmentRate: row(b.investmentBn.value / yn),
    capital: row(capital),
    capitalGrowth: row(0),
    labour: row(b.labourThousand.value),
    tfpGrowth: row(0),
    exports: row(b.exportsMnUsd.value),
    indicators: Object.fromEntries(pack.model.indicators.map((d) => [d.id, row(d.base.value)])),
    period: emptyPeriod(),
  };
  p.yearKinds[0] = 'base';
  setBudgetYear(p, input, 0, b.revenueBn.value, b.recurrentSpendingBn.value, b.transfersBn.value);
  return p;
}

/** Period figures before a run (all zero). */
export function emptyPeriod(): PeriodFigures {
  return {
    avgGrowth: 0,
    tfpShare: 0,
    tfpShareSum: 0,
    revenueTotal: 0,
    investmentTotal: 0,
    exportsTotal: 0,
    balanceTotal: 0,
  };
}

/** Geometric average growth of a level series from index 0 to the last, MODEL.md eq. (19). */
export function averageGrowth(series: readonly number[]): number {
  const years = series.length - 1;
  return years > 0 ? Math.pow(series[years]! / series[0]!, 1 / years) - 1 : 0;
}

function sumPlan(series: readonly number[]): number {
  let s = 0;
  for (let t = 1; t < series.length; t++) s += series[t]!;
  return s;
}

/** Period figures, MODEL.md §4 and eq. (15) for the TFP contribution. */
function periodFigures(p: Projection, alpha: number): PeriodFigures {
  const gY = averageGrowth(p.grdpReal);
  const gK = averageGrowth(p.capital);
  const gL = averageGrowth(p.labour);
  const growthSum = sumPlan(p.growth);
  return {
    avgGrowth: gY,
    // With no growth there is nothing to attribute: report 0, never a division by zero.
    tfpShare: gY !== 0 ? 1 - (alpha * gK) / gY - ((1 - alpha) * gL) / gY : 0,
    tfpShareSum: growthSum !== 0 ? sumPlan(p.tfpGrowth) / growthSum : 0,
    revenueTotal: sumPlan(p.revenue),
    investmentTotal: sumPlan(p.investment),
    exportsTotal: sumPlan(p.exports),
    balanceTotal: sumPlan(p.balance),
  };
}

function yearKind(actual: YearActuals | null, indicatorCount: number): YearKind {
  if (!actual) return 'projected';
  const sectorsKnown = Object.keys(actual.sectorGrowth).length;
  // A year is fully actual only if every series was published; the plan years never are.
  const complete =
    sectorsKnown === SECTORS.length &&
    actual.population !== undefined &&
    actual.revenue !== undefined &&
    actual.investment !== undefined &&
    actual.exports !== undefined &&
    Object.keys(actual.indicators).length === indicatorCount;
  return complete ? 'actual' : 'partly-actual';
}

function actualSeriesOf(actual: YearActuals | null): string[] {
  if (!actual) return [];
  const out: string[] = [];
  if (actual.grdpGrowth !== undefined) out.push('growth');
  for (const s of SECTORS) if (actual.sectorGrowth[s] !== undefined) out.push(`sectorGrowth.${s}`);
  if (actual.population !== undefined) out.push('population');
  if (actual.revenue !== undefined) out.push('revenue');
  if (actual.investment !== undefined) out.push('investment');
  if (actual.exports !== undefined) out.push('exports');
  for (const id of Object.keys(actual.indicators)) out.push(`indicator.${id}`);
  return out;
}
