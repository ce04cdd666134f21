import { freezeRunInput } from './freeze-input.ts';
import type { Problem } from '../core/problems.ts';
import { SECTORS, perSector, type Sector } from '../core/sectors.ts';
import type { Yearly } from '../schema/common.ts';
import type { ModelPack, ObservedSet } from '../schema/model-pack.ts';
import { parseWith, type Result } from '../schema/parse.ts';
import { ScenarioSpec, type Assumptions, type PartialAssumptions } from '../schema/scenario.ts';
import { estimateActuals, withPerCapita } from './estimate.ts';
import type { RunInput, YearActuals } from './resolved-scenario.ts';

/**
 * Resolves what a user wrote (percent, "one value for all years", partial) into what the core
 * takes: every plan year filled, fractions, the pack's defaults where the scenario is silent,
 * shocks folded into growth, and the actuals of years up to `asOf` looked up.
 * Returns problems (never throws) for a year outside the plan, an unknown indicator, a wrong model.
 */
export function resolveScenario(pack: ModelPack, input: unknown): Result<RunInput> {
  const parsed = parseWith(ScenarioSpec, input);
  if (!parsed.ok) return parsed;
  const spec = parsed.value;
  const m = pack.model;
  const problems: Problem[] = [];
  if (spec.model !== m.id)
    problems.push({
      code: 'wrong_model',
      path: ['model'],
      value: spec.model,
      allowed: m.id,
      message: `model is "${spec.model}" but the pack is "${m.id}"`,
    });
  const years = planYears(pack);
  const a = mergeAssumptions(m.defaults, spec.assumptions ?? {});
  const indicatorIds = new Set(m.indicators.map((d) => d.id));
  for (const id of Object.keys(spec.assumptions?.indicators ?? {}))
    if (!indicatorIds.has(id)) problems.push(unknownIndicator(['assumptions', 'indicators', id], id, pack));
  const ex = new YearExpander(years, problems);
  const frac = (v: Yearly, path: string[]) => ex.expand(v, path).map((x) => x / 100);
  const growth = perSector((s) => frac(a.growth[s], ['assumptions', 'growth', s]));
  const shockedBy = new Map<string, number[]>();
  for (const [i, shock] of (spec.shocks ?? []).entries())
    applyShock(growth, shock, i, years, problems, shockedBy);
  const est = spec.estimate;
  if (est && !years.includes(est.year)) problems.push(outsidePlan(['estimate', 'year'], est.year, years));
  // This year's estimate: the run is as of its year (or later, when the scenario says so).
  const asOf = est ? Math.max(spec.asOf ?? est.year, est.year) : (spec.asOf ?? null);
  if (asOf !== null && (asOf < m.baseYear || asOf > m.lastPlanYear))
    problems.push({
      code: 'out_of_range',
      path: ['asOf'],
      value: asOf,
      allowed: `${m.baseYear} to ${m.lastPlanYear}`,
      message: `asOf is ${asOf}; allowed ${m.baseYear} to ${m.lastPlanYear}`,
    });
  const b = a.budget;
  const inv = a.investment;
  const value: RunInput = {
    modelId: m.id,
    name: spec.name ?? null,
    years,
    growth,
    deflator: perSector((s) => frac(a.deflator[s], ['assumptions', 'deflator', s])),
    populationGrowth: frac(a.populationGrowth, ['assumptions', 'populationGrowth']),
    budget: {
      mode: b.mode,
      revenueRatio: frac(b.revenueRatio, ['assumptions', 'budget', 'revenueRatio']),
      buoyancy: b.buoyancy,
      retainedShare: b.retainedShare / 100,
      recurrentGrowth: frac(b.recurrentGrowth, ['assumptions', 'budget', 'recurrentGrowth']),
      transferGrowth: frac(b.transferGrowth, ['assumptions', 'budget', 'transferGrowth']),
      developmentShareOfOwn: frac(b.developmentShareOfOwn, [
        'assumptions',
        'budget',
        'developmentShareOfOwn',
      ]),
      developmentShareOfTransfers: frac(b.developmentShareOfTransfers, [
        'assumptions',
        'budget',
        'developmentShareOfTransfers',
      ]),
    },
    investment: {
      mode: inv.mode,
      icor: ex.expand(inv.icor, ['assumptions', 'investment', 'icor']),
      rate: frac(inv.rate, ['assumptions', 'investment', 'rate']),
      depreciation: inv.depreciation / 100,
    },
    labourGrowth: frac(a.labourGrowth, ['assumptions', 'labourGrowth']),
    capitalShare: a.capitalShare,
    exportGrowth: frac(a.exportGrowth, ['assumptions', 'exportGrowth']),
    digitalShareChange: frac(a.digitalShareChange ?? 0, ['assumptions', 'digitalShareChange']),
    indicatorChange: withEvents(
      Object.fromEntries(
        m.indicators.map((d) => [
          d.id,
          ex.expand(a.indicators[d.id] ?? 0, ['assumptions', 'indicators', d.id]),
        ]),
      ),
      spec.events ?? [],
      pack,
      problems,
    ),
    asOf,
    actuals: years.map((y) => {
      if (asOf === null || y > asOf) return null;
      const published = actualsOf(pack.actuals, y);
      return est?.year === y ? estimateActuals(published, est) : published;
    }),
  };
  if (est) value.estimateYear = est.year;
  // Only on an otherwise valid input: the check walks the levels with the growth just resolved.
  if (problems.length === 0) problems.push(...levelDomainProblems(pack, value, shockedBy));
  if (problems.length > 0) return { ok: false, problems };
  const resolved: Result<RunInput> =
    est?.perCapita !== undefined ? withPerCapita(pack, value, est.year, est.perCapita) : { ok: true, value };
  if (resolved.ok) freezeRunInput(resolved.value);
  return resolved;
}

/** The plan years of a pack, first to last. */
export function planYears(pack: ModelPack): number[] {
  const { firstPlanYear, lastPlanYear } = pack.model;
  return Array.from({ length: lastPlanYear - firstPlanYear + 1 }, (_, i) => firstPlanYear + i);
}

/** Overrides defaults with a partial scenario, one level deep per block (per year for yearly values). */
export function mergeAssumptions(defaults: Assumptions, over: PartialAssumptions): Assumptions {
  return {
    growth: mergeSectors(defaults.growth, over.growth),
    deflator: mergeSectors(defaults.deflator, over.deflator),
    populationGrowth: mergeYearly(defaults.populationGrowth, over.populationGrowth),
    budget: { ...defaults.budget, ...withYearly(defaults.budget, over.budget) },
    investment: { ...defaults.investment, ...withYearly(defaults.investment, over.investment) },
    labourGrowth: mergeYearly(defaults.labourGrowth, over.labourGrowth),
    capitalShare: over.capitalShare ?? defaults.capitalShare,
    exportGrowth: mergeYearly(defaults.exportGrowth, over.exportGrowth),
    digitalShareChange: mergeYearly(defaults.digitalShareChange ?? 0, over.digitalShareChange),
    indicators: mergeRecord(defaults.indicators, over.indicators),
  };
}

function mergeSectors(
  d: Record<Sector, Yearly>,
  o: { [K in Sector]?: Yearly | undefined } | undefined,
): Record<Sector, Yearly> {
  return perSector((s) => mergeYearly(d[s], o?.[s]));
}

function mergeRecord(
  d: Record<string, Yearly>,
  o: Record<string, Yearly> | undefined,
): Record<string, Yearly> {
  const out: Record<string, Yearly> = { ...d };
  // An indicator without a default changes by 0 in the years a scenario does not name.
  for (const [k, v] of Object.entries(o ?? {})) out[k] = mergeYearly(d[k] ?? 0, v);
  return out;
}

function withYearly<T extends object>(
  d: T,
  o: { [K in keyof T]?: T[K] | undefined } | undefined,
): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o ?? {})) {
    if (v === undefined) continue;
    const base = (d as Record<string, unknown>)[k];
    out[k] = isYearlyMap(v) && (typeof base === 'number' || isYearlyMap(base)) ? mergeYearly(base, v) : v;
  }
  return out as Partial<T>;
}

function isYearlyMap(v: unknown): v is Record<string, number> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A per-year map over a default fills only the years it names; a single number replaces all. */
export function mergeYearly(d: Yearly, o: Yearly | undefined): Yearly {
  if (o === undefined) return d;
  if (typeof o === 'number') return o;
  if (typeof d === 'number') return { ...o, '*': d } as Record<string, number>;
  return { ...d, ...o };
}

class YearExpander {
  constructor(
    private readonly years: readonly number[],
    private readonly problems: Problem[],
  ) {}

  expand(v: Yearly, path: string[]): number[] {
    if (typeof v === 'number') return this.years.map(() => v);
    const fallback = v['*'];
    for (const key of Object.keys(v)) {
      if (key === '*') continue;
      if (!this.years.includes(Number(key)))
        this.problems.push({
          code: 'year_outside_plan',
          path: [...path, key],
          value: key,
          allowed: `${this.years[0]} to ${this.years.at(-1)}`,
          message: `${[...path, key].join('.')}: ${key} is not a plan year; allowed ${this.years[0]} to ${this.years.at(-1)}`,
        });
    }
    return this.years.map((y) => {
      const x = v[String(y)] ?? fallback;
      if (x === undefined) {
        this.problems.push({
          code: 'missing_year',
          path: [...path, String(y)],
          message: `${path.join('.')} gives no value for ${y} and there is no default`,
        });
        return 0;
      }
      return x;
    });
  }
}

function applyShock(
  growth: Record<Sector, number[]>,
  shock: { sector: Sector; year: number; sizePp: number; recoverNextYear?: boolean | undefined },
  index: number,
  years: readonly number[],
  problems: Problem[],
  shockedBy: Map<string, number[]>,
): void {
  const k = years.indexOf(shock.year);
  if (k < 0) {
    problems.push(outsidePlan(['shocks', index, 'year'], shock.year, years));
    return;
  }
  const series = growth[shock.sector];
  const touch = (at: number) => {
    const key = `${shock.sector}:${at}`;
    shockedBy.set(key, [...(shockedBy.get(key) ?? []), index]);
  };
  series[k] = series[k]! + shock.sizePp / 100;
  touch(k);
  if (shock.recoverNextYear && k + 1 < series.length) {
    series[k + 1] = series[k + 1]! - shock.sizePp / 100;
    touch(k + 1);
  }
}

/**
 * The model's domain: every sector's real value added must stay above zero. Each shock is within
 * its own range, but their sum is not bounded (ten shocks of -50 pp are -500 pp), and growth of
 * -100 % or less makes a level zero or negative: negative GRDP, NaN growth rates downstream.
 * Walks the real levels exactly as the production block does (MODEL.md eqs. 1-5), including the
 * uniform shift that makes an as-of year's total equal its published growth (that shift can push
 * a sector below -100 % when shocks on the others are large), and names the shocks and the year.
 */
function levelDomainProblems(
  pack: ModelPack,
  input: RunInput,
  shockedBy: ReadonlyMap<string, readonly number[]>,
): Problem[] {
  const problems: Problem[] = [];
  const real = perSector((s) => pack.model.baseline.realBn[s].value);
  input.years.forEach((year, k) => {
    const actual = input.actuals[k] ?? null;
    const prevReal = SECTORS.reduce((sum, s) => sum + real[s], 0);
    let shift = 0;
    if (actual?.grdpGrowth !== undefined) {
      let explained = 0;
      let freeWeight = 0;
      for (const s of SECTORS) {
        const w = real[s] / prevReal;
        const known = actual.sectorGrowth[s];
        explained += w * (known ?? input.growth[s][k]!);
        if (known === undefined) freeWeight += w;
      }
      if (freeWeight > 0) shift = (actual.grdpGrowth - explained) / freeWeight;
    }
    for (const s of SECTORS) {
      const g = actual?.sectorGrowth[s] ?? input.growth[s][k]! + shift;
      real[s] *= 1 + g;
      if (1 + g > 0) continue;
      const own = shockedBy.get(`${s}:${k}`) ?? [];
      // With no shock on this sector itself, the as-of shift moved it: the year's shocks did.
      const blamed = own.length > 0 ? own : SECTORS.flatMap((r) => shockedBy.get(`${r}:${k}`) ?? []);
      problems.push(levelProblem(s, year, g, input.growth[s][k]!, blamed, actual?.grdpGrowth !== undefined));
    }
    // Walk on from a tiny positive level so later years are still checked, without dividing by zero.
    for (const s of SECTORS) if (!(real[s] > 0)) real[s] = Number.MIN_VALUE;
  });
  return problems;
}

function levelProblem(
  sector: Sector,
  year: number,
  growth: number,
  assumed: number,
  shocks: readonly number[],
  shifted: boolean,
): Problem {
  const pct = (x: number) => `${Math.round(x * 1000) / 10} %`;
  const listed = shocks.slice(0, 8).map((i) => `shocks.${i}`);
  if (shocks.length > 8) listed.push(`${shocks.length - 8} more`);
  const named =
    shocks.length === 0
      ? 'the assumptions take'
      : shocks.length === 1
        ? `the shock at ${listed[0]} takes`
        : `the shocks at ${listed.join(', ')} together take`;
  const how = shifted
    ? `(${pct(assumed)} assumed, shifted so that ${year} matches its published GRDP growth)`
    : `(growth plus shocks)`;
  return {
    code: 'level_not_positive',
    path: shocks.length > 0 ? ['shocks', shocks[0]!] : ['assumptions', 'growth', sector],
    value: Math.round(growth * 1e6) / 1e4,
    allowed: 'combined real growth above -100 % in every sector and year',
    message:
      `${named} sector ${sector} real growth in ${year} to ${pct(growth)} ${how}: ` +
      `its value added would fall to zero or below; the combined change must stay above -100 %`,
  };
}

/**
 * Adds each event's one-off step to its indicator's change in its year (docs/model.md eq. 18:
 * Z[t] = clamp(Z[t−1] + c[t] + step[t])), so the level stays raised afterwards. Problems for an
 * unknown indicator or a year outside the plan, with the event's path.
 */
function withEvents(
  change: Record<string, number[]>,
  events: readonly { indicator: string; year: number; size: number }[],
  pack: ModelPack,
  problems: Problem[],
): Record<string, number[]> {
  const years = planYears(pack);
  events.forEach((e, i) => {
    const series = change[e.indicator];
    const k = years.indexOf(e.year);
    if (!series) problems.push(unknownIndicator(['events', i, 'indicator'], e.indicator, pack));
    if (k < 0) problems.push(outsidePlan(['events', i, 'year'], e.year, years));
    else if (series) series[k] = series[k]! + e.size;
  });
  return change;
}

/** The problem of an indicator id (at `path`) that the pack does not have. */
function unknownIndicator(path: (string | number)[], id: string, pack: ModelPack): Problem {
  const allowed = pack.model.indicators.map((d) => d.id).join(', ');
  return {
    code: 'unknown_indicator',
    path,
    value: id,
    allowed,
    message: `${path.join('.')} "${id}" is not an indicator of ${pack.model.id}; allowed: ${allowed}`,
  };
}

/** The problem of a year (at `path`) that is not a plan year. */
function outsidePlan(path: (string | number)[], year: number, years: readonly number[]): Problem {
  const allowed = `${years[0]} to ${years.at(-1)}`;
  return {
    code: 'year_outside_plan',
    path,
    value: year,
    allowed,
    message: `${path.join('.')} is ${year}; allowed ${allowed}`,
  };
}

/** Looks up what the pack's actuals publish for one year, converted to core units. */
export function actualsOf(actuals: ObservedSet, year: number): YearActuals | null {
  const at = (key: string): number | undefined => actuals[key]?.values[String(year)];
  const pct = (key: string): number | undefined => {
    const v = at(key);
    return v === undefined ? undefined : v / 100;
  };
  const sectorGrowth: Partial<Record<Sector, number>> = {};
  for (const s of SECTORS) {
    const g = pct(`growthPct.${s}`);
    if (g !== undefined) sectorGrowth[s] = g;
  }
  const indicators: Record<string, number> = {};
  for (const [key, series] of Object.entries(actuals)) {
    const v = series.values[String(year)];
    if (key.startsWith('indicator.') && v !== undefined) indicators[key.slice('indicator.'.length)] = v;
  }
  const out: YearActuals = { sectorGrowth, indicators };
  const fields = {
    grdpGrowth: pct('grdpGrowthPct'),
    grdpNominal: at('grdpNominalBn'),
    population: at('populationThousand'),
    revenue: at('revenueBn'),
    investment: at('investmentBn'),
    exports: at('exportsMnUsd'),
  };
  for (const [k, v] of Object.entries(fields))
    if (v !== undefined) (out as unknown as Record<string, number>)[k] = v;
  const any = Object.values(fields).some((v) => v !== undefined) || Object.keys(sectorGrowth).length > 0;
  return any || Object.keys(indicators).length > 0 ? out : null;
}
