import { trendScenario } from '../forecast/trend.ts';
import { resolveScenario } from '../model/resolve-scenario.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import type { ScenarioSpec } from '../schema/scenario.ts';
import { kernelSeries } from '../targets/compile.ts';
import { latestPublishedYear } from '../targets/verdict.ts';
import { McPlan } from '../uncertainty/plan.ts';
import { quantileSorted } from '../uncertainty/quantile.ts';
import type { BacktestResult, BacktestRow } from './schema.ts';
import { sig, summarizeRows } from './summary.ts';

/**
 * The backtest (docs/model.md §11.1): for each origin year from the base year to the year before the
 * latest published growth, the engine runs as it would have then — the scenario resolved as of
 * the origin (published figures up to it, src/model/resolve-scenario.ts `asOf`), the spreads chosen
 * from the record read up to it — and a seeded Monte Carlo draws the fan of every later year
 * that has a published figure. Each figure is scored against the fan's 50 % and 80 % bands and
 * the median. Pure and deterministic: the same pack, draws and seed give the same answer.
 */

export const BACKTEST_DEFAULTS = { draws: 2_000, seed: 2021 } as const;

/** A series compared: the kernel path, its display scale and unit, and where its published figure is. */
interface SeriesDef {
  key: 'growth' | 'grdpReal' | 'perCapita' | 'revenue' | 'investment' | 'exports';
  scale: number;
  unit: string;
  level: boolean;
  actual: string;
}

const SERIES: readonly SeriesDef[] = [
  { key: 'growth', scale: 100, unit: '%', level: false, actual: 'actuals.grdpGrowthPct' },
  {
    key: 'grdpReal',
    scale: 1,
    unit: 'bn VND, constant prices',
    level: true,
    actual:
      'base-year real GRDP chained with the published growth (actuals.grdpGrowthPct); no level is published',
  },
  { key: 'perCapita', scale: 1, unit: 'mn VND', level: true, actual: 'actuals.perCapitaMnVnd' },
  { key: 'revenue', scale: 1, unit: 'bn VND', level: true, actual: 'actuals.revenueBn' },
  { key: 'investment', scale: 1, unit: 'bn VND', level: true, actual: 'actuals.investmentBn' },
  { key: 'exports', scale: 1, unit: 'mn USD', level: true, actual: 'actuals.exportsMnUsd' },
];

const LEVELS = [0.1, 0.25, 0.5, 0.75, 0.9];

/** The published figure of a series for a year (display units), null when not published. */
function published(pack: ModelPack, def: SeriesDef, year: number, realBase: number): number | null {
  const a = pack.actuals;
  if (def.key === 'grdpReal') {
    let level = realBase;
    for (let y = pack.model.baseYear + 1; y <= year; y++) {
      const g = a.grdpGrowthPct?.values[String(y)];
      if (g === undefined) return null;
      level *= 1 + g / 100;
    }
    return level;
  }
  const key = def.actual.replace('actuals.', '');
  return a[key]?.values[String(year)] ?? null;
}

/** The scenarios backtested: the plan as the pack's defaults, and the trend from the history. */
function scenarios(
  pack: ModelPack,
): { id: string; spec: ScenarioSpec; method: string; name: { vi: string; en: string } }[] {
  const trend = trendScenario(pack).spec;
  return [
    {
      id: 'plan',
      spec: { model: pack.model.id },
      method: "the pack's default assumptions (for Ben Tre the plan's band mid-points, as plan-midpoint)",
      name: { vi: 'Kế hoạch (giả định mặc định của gói)', en: "Plan (the pack's default assumptions)" },
    },
    {
      id: 'trend',
      spec: trend,
      method:
        "the trend from the pack's history (src/forecast trendScenario; the history ends at the base year)",
      name: trend.name ?? { vi: 'Xu thế', en: 'Trend' },
    },
  ];
}

/**
 * Runs the backtest of a pack.
 * @example backtest(benTre).summary.find((s) => s.series === 'growth')?.n // => 10 per scenario
 */
export function backtest(pack: ModelPack, opts: { draws?: number; seed?: number } = {}): BacktestResult {
  const draws = opts.draws ?? BACKTEST_DEFAULTS.draws;
  const seed = opts.seed ?? BACKTEST_DEFAULTS.seed;
  const m = pack.model;
  const latest = latestPublishedYear(pack);
  const origins: number[] = [];
  for (let o = m.baseYear; latest !== null && o < latest; o++) origins.push(o);
  const rows: BacktestRow[] = [];
  const originInfo: BacktestResult['origins'] = [];
  const list = scenarios(pack);
  for (const o of origins)
    for (const sc of list) {
      const r = resolveScenario(pack, { ...sc.spec, asOf: o });
      if (!r.ok)
        throw new Error(`backtest: ${sc.id} as of ${o}: ${r.problems.map((p) => p.message).join('; ')}`);
      const plan = new McPlan(pack, r.value, undefined, { upTo: o });
      if (sc.id === list[0]!.id) {
        const g = plan.calibration.growth;
        originInfo.push({ year: o, spreads: g.source, sigma: sig(g.sigma), n: g.n });
      }
      rows.push(...originRows(pack, plan, sc.id, o, draws, seed));
    }
  const notes =
    origins.length === 0
      ? [`no plan year of ${m.id} has published GRDP growth yet (actuals.grdpGrowthPct): nothing to backtest`]
      : [
          `origins ${origins[0]}-${origins.at(-1)!}: the base year, then every year up to the one before the latest published growth (${latest})`,
          'the fan of each origin: a Monte Carlo of `draws` draws with `seed`, spreads from the record read up to the origin (docs/model.md §9.2)',
        ];
  return {
    modelId: m.id,
    seed,
    draws,
    origins: originInfo,
    scenarios: list.map((s) => ({ id: s.id, name: s.name, method: s.method })),
    series: SERIES.map((s) => ({ key: s.key, unit: s.unit, actual: s.actual })),
    rows,
    summary: list.flatMap((sc) => SERIES.map((s) => summarizeRows(rows, sc.id, s.key, s.unit, s.level))),
    notes,
  };
}

/** The rows of one origin and scenario: every later year with a published figure, per series. */
function originRows(
  pack: ModelPack,
  plan: McPlan,
  scenario: string,
  origin: number,
  draws: number,
  seed: number,
): BacktestRow[] {
  const k = plan.kernel;
  const base = pack.model.baseYear;
  const refs = SERIES.map((s) => kernelSeries(k, s.key)!);
  const realBase = refs[1]!.arr[refs[1]!.off]!;
  // The (series, year) cells with a published figure after the origin.
  const cells: { s: number; t: number; actual: number }[] = [];
  SERIES.forEach((def, s) => {
    for (let y = origin + 1; y <= pack.model.lastPlanYear; y++) {
      const v = published(pack, def, y, realBase);
      if (v !== null) cells.push({ s, t: y - base, actual: v });
    }
  });
  const values = cells.map(() => new Float64Array(draws));
  for (let i = 0; i < draws; i++) {
    plan.drawInputs(seed, i);
    k.run();
    cells.forEach((c, j) => {
      const ref = refs[c.s]!;
      values[j]![i] = ref.arr[ref.off + c.t]! * SERIES[c.s]!.scale;
    });
  }
  return cells.map((c, j) => {
    const sorted = values[j]!.sort();
    const [p10, p25, p50, p75, p90] = LEVELS.map((p) => sig(quantileSorted(sorted, p))) as [
      number,
      number,
      number,
      number,
      number,
    ];
    const actual = sig(c.actual);
    return {
      origin,
      scenario,
      series: SERIES[c.s]!.key,
      year: base + c.t,
      horizon: base + c.t - origin,
      actual,
      fan: { p10, p25, p50, p75, p90 },
      error: sig(p50 - actual),
      in50: actual >= p25 && actual <= p75,
      in80: actual >= p10 && actual <= p90,
    };
  });
}
