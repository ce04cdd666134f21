import { SECTORS } from '../core/sectors.ts';
import { planYears } from '../model/resolve-scenario.ts';
import type { LocalizedText } from '../schema/common.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import type { ScenarioSpec } from '../schema/scenario.ts';
import {
  errors,
  fitHolt,
  fitLogLinear,
  forecastHolt,
  forecastLogLinear,
  forecastNaive,
  type LevelForecast,
} from './fits.ts';

/** Points held out to score the methods (docs/model.md §11). */
export const HOLDOUT = 3;
type Method = 'log-linear' | 'holt';
type Errors = { mape: number; rmse: number };

/** How one history series was forecast. */
export interface SeriesForecast {
  key: string;
  years: number[];
  chosen: Method;
  /** Holdout errors over the last HOLDOUT years (fit on the years before); null when the history is too short. */
  holdout: { years: number[]; logLinear: Errors; holt: Errors; naive: Errors } | null;
  /** Growth per plan year implied by the chosen fit (fractions). */
  growth: number[];
  /** Level per plan year with a 95 % prediction interval. */
  path: { year: number; mean: number; lo: number; hi: number }[];
  fit: Record<string, number | string>;
}

export interface TrendDiagnostics {
  modelId: string;
  series: SeriesForecast[];
  notes: string[];
}

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Forecasts one positive series: log-linear trend and Holt's linear trend on ln y, scored on the
 * last 3 years against each other and the naive last-growth forecast; the method with the lower
 * holdout MAPE is refitted on the whole history. Null with fewer than 3 points.
 */
export function forecastSeries(
  key: string,
  values: Record<string, number>,
  horizon: number,
): SeriesForecast | null {
  const years = Object.keys(values)
    .map(Number)
    .filter((y) => values[String(y)]! > 0)
    .sort((a, b) => a - b);
  if (years.length < 3) return null;
  const y = years.map((yr) => values[String(yr)]!);
  let holdout: SeriesForecast['holdout'] = null;
  let chosen: Method = 'log-linear';
  if (years.length >= HOLDOUT + 3) {
    const cut = years.length - HOLDOUT;
    const actual = y.slice(cut);
    const ll = errors(
      forecastLogLinear(fitLogLinear(years.slice(0, cut), y.slice(0, cut)), HOLDOUT).mean,
      actual,
    );
    const holt = errors(forecastHolt(fitHolt(y.slice(0, cut)), HOLDOUT).mean, actual);
    const naive = errors(forecastNaive(y.slice(0, cut), HOLDOUT), actual);
    holdout = { years: years.slice(cut), logLinear: ll, holt, naive };
    chosen = holt.mape < ll.mape ? 'holt' : 'log-linear';
  }
  let f: LevelForecast;
  let fit: SeriesForecast['fit'];
  if (chosen === 'holt') {
    const h = fitHolt(y);
    f = forecastHolt(h, horizon);
    fit = { method: 'holt', alpha: h.alpha, beta: h.beta, phi: h.phi, slope: h.slope, sdLog: h.s };
  } else {
    const l = fitLogLinear(years, y);
    f = forecastLogLinear(l, horizon);
    fit = { method: 'log-linear', a: l.a, b: l.b, sdLog: l.s, n: l.n };
  }
  const last = years.at(-1)!;
  const growth = f.mean.map((m, h) => m / (h === 0 ? f.base : f.mean[h - 1]!) - 1);
  const path = f.mean.map((mean, h) => ({ year: last + h + 1, mean, lo: f.lo[h]!, hi: f.hi[h]! }));
  return { key, years, chosen, holdout, growth, path, fit };
}

/**
 * The "trend" scenario of docs/model.md §11: real GRDP growth (and population, and the GRDP deflator
 * when long enough) forecast from the pack's history alone. Without a sector split in the
 * history, the total growth is applied to every sector (so total growth equals it). Growth is
 * the trend's own rate (level-to-level along the fitted path), not a catch-up to the trend line.
 * Returns a ScenarioSpec in percent whose description carries the holdout errors.
 */
export function trendScenario(pack: ModelPack): { spec: ScenarioSpec; diagnostics: TrendDiagnostics } {
  const m = pack.model;
  const years = planYears(pack);
  const notes: LocalizedText[] = [];
  const h = pack.history;
  const horizonFrom = (key: string) => {
    const v = h[key]?.values;
    if (!v) return null;
    const last = Math.max(...Object.keys(v).map(Number));
    // Forecast from the series' last year to the last plan year; keep the plan years.
    const f = forecastSeries(key, v, m.lastPlanYear - last);
    if (!f) return null;
    const byYear = new Map(f.path.map((p, i) => [p.year, f.growth[i]!]));
    return { f, growth: years.map((yr) => byYear.get(yr)) };
  };
  const series: SeriesForecast[] = [];
  const assumptions: NonNullable<ScenarioSpec['assumptions']> = {};
  const yearly = (g: (number | undefined)[]) => {
    const pct = g.map((x) => (x === undefined ? undefined : round(x * 100)));
    if (pct.some((x) => x === undefined)) return undefined;
    return pct.every((x) => x === pct[0])
      ? pct[0]!
      : Object.fromEntries(years.map((yr, i) => [String(yr), pct[i]!]));
  };
  const real = horizonFrom('grdpRealBn');
  if (real) {
    series.push(real.f);
    const g = yearly(real.growth);
    if (g !== undefined)
      assumptions.growth = Object.fromEntries(SECTORS.map((s) => [s, g])) as NonNullable<
        typeof assumptions.growth
      >;
    notes.push({
      en: 'the history has real GRDP but no sector split: the total growth is applied to every sector',
      vi: 'lịch sử có GRDP giá so sánh nhưng không tách theo khu vực: tốc độ tăng chung áp cho mọi khu vực',
    });
  } else
    notes.push({
      en: 'no usable real GRDP history (grdpRealBn): growth keeps the pack defaults',
      vi: 'không có chuỗi GRDP giá so sánh dùng được (grdpRealBn): tăng trưởng giữ mặc định của gói',
    });
  const pop = horizonFrom('populationThousand');
  if (pop) {
    series.push(pop.f);
    const g = yearly(pop.growth);
    if (g !== undefined) assumptions.populationGrowth = g;
  }
  const defl = h.grdpDeflatorIndex?.values;
  if (defl && Object.keys(defl).length >= HOLDOUT + 3) {
    const d = horizonFrom('grdpDeflatorIndex');
    if (d) {
      series.push(d.f);
      const g = yearly(d.growth);
      if (g !== undefined)
        assumptions.deflator = Object.fromEntries(SECTORS.map((s) => [s, g])) as NonNullable<
          typeof assumptions.deflator
        >;
    }
  } else {
    const k = defl ? Object.keys(defl).length : 0;
    notes.push({
      en: `the GRDP deflator history has ${k} points (${HOLDOUT + 3} needed to fit and score a trend): deflators keep the pack defaults`,
      vi: `chuỗi chỉ số giảm phát GRDP chỉ có ${k} điểm (cần ${HOLDOUT + 3} để ước lượng và kiểm định): giữ chỉ số giảm phát mặc định của gói`,
    });
  }
  const spec: ScenarioSpec = {
    $schema: '../schemas/scenario.schema.json',
    model: m.id,
    name: scenarioName(series[0]),
    description: describe(series, notes),
    assumptions,
  };
  return { spec, diagnostics: { modelId: m.id, series, notes: notes.map((n) => n.en) } };
}

const METHOD: Record<Method, LocalizedText> = {
  'log-linear': { vi: 'xu thế log-tuyến tính', en: 'log-linear trend' },
  holt: { vi: 'xu thế Holt', en: "Holt's linear trend" },
};

const fmt = (x: number, digits: number, lang: 'vi' | 'en') => {
  const s = x.toFixed(digits);
  return lang === 'vi' ? s.replace('.', ',') : s;
};

function scenarioName(f: SeriesForecast | undefined): LocalizedText {
  if (!f) return { vi: 'Xu thế từ số liệu lịch sử', en: 'Trend from history' };
  const e = f.holdout ? (f.chosen === 'holt' ? f.holdout.holt : f.holdout.logLinear) : null;
  const tail = (lang: 'vi' | 'en') =>
    e ? `, MAPE ${lang === 'vi' ? 'kiểm định' : 'holdout'} ${fmt(e.mape, 2, lang)} %` : '';
  return {
    vi: `Xu thế từ số liệu lịch sử (${METHOD[f.chosen].vi}${tail('vi')})`,
    en: `Trend from history (${METHOD[f.chosen].en}${tail('en')})`,
  };
}

function describe(series: readonly SeriesForecast[], notes: readonly LocalizedText[]): LocalizedText {
  const part = (f: SeriesForecast, lang: 'vi' | 'en') => {
    const span = `${f.years[0]}-${f.years.at(-1)}`;
    const g = f.growth.length > 0 ? fmt(f.growth[f.growth.length - 1]! * 100, 2, lang) : '–';
    if (!f.holdout)
      return lang === 'vi'
        ? `${f.key} (${span}): ${METHOD[f.chosen].vi}, chuỗi quá ngắn để kiểm định; tăng ${g} %/năm`
        : `${f.key} (${span}): ${METHOD[f.chosen].en}, too short to score; ${g} %/yr`;
    const o = f.holdout;
    const e = (x: Errors) => `MAPE ${fmt(x.mape, 2, lang)} %, RMSE ${fmt(x.rmse, 1, lang)}`;
    const hy = `${o.years[0]}-${o.years.at(-1)}`;
    return lang === 'vi'
      ? `${f.key} (${span}): chọn ${METHOD[f.chosen].vi}, tăng ${g} %/năm; sai số kiểm định ${hy}: log-tuyến tính ${e(o.logLinear)}; Holt ${e(o.holt)}; dự báo ngây thơ (giữ tốc độ tăng năm cuối) ${e(o.naive)}`
      : `${f.key} (${span}): ${METHOD[f.chosen].en} chosen, ${g} %/yr; holdout ${hy} errors: log-linear ${e(o.logLinear)}; Holt ${e(o.holt)}; naive last-growth ${e(o.naive)}`;
  };
  return {
    vi: `Dự báo chỉ từ số liệu lịch sử của gói (MODEL.md §11). ${series.map((f) => part(f, 'vi')).join('. ')}. Ghi chú: ${notes.map((n) => n.vi).join('; ')}.`,
    en: `Forecast from the pack's history alone (MODEL.md §11). ${series.map((f) => part(f, 'en')).join('. ')}. Notes: ${notes.map((n) => n.en).join('; ')}.`,
  };
}
