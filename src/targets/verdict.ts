import type { Sector } from '../core/sectors.ts';
import { SECTOR_WORDS } from '../core/sector-names.ts';
import { formatNumber, unitDigits, unitLabel } from '../i18n/format.ts';
import type { Projection } from '../model/projection.ts';
import type { Lang, LocalizedText } from '../schema/common.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import type { Target } from '../schema/target.ts';
import { asOfProgress, type AsOfProgress } from '../solve/as-of-report.ts';
import { evaluateTarget } from './evaluate-target.ts';

/**
 * The verdict of a run in words (issue 12): how many assessable targets are out of reach, growth
 * so far against the goal, what the remaining years would need; the headline targets as cards;
 * the reason for a status and the lever in words. Pure: the page and `plancast run` print the same.
 */

/** Statuses that judge a target. Any other value of `counts` (a future status) is not assessable. */
export const ASSESSABLE = ['met', 'exceeded', 'near', 'missed'] as const;

/** The actuals key through which GRDP growth is published (read by the projection for as-of years). */
const GROWTH_ACTUALS = 'grdpGrowthPct';

/**
 * The latest plan year with published GRDP growth in the pack's actuals: the as-of year the page
 * and `plancast run` open with. null when the actuals have no plan year yet (the base year: no as-of).
 * @example latestPublishedYear(benTre) // 2024
 */
export function latestPublishedYear(pack: Pick<ModelPack, 'model' | 'actuals'>): number | null {
  const values = pack.actuals[GROWTH_ACTUALS]?.values ?? {};
  const m = pack.model;
  let latest: number | null = null;
  for (const [k, v] of Object.entries(values)) {
    const y = Number(k);
    if (!Number.isInteger(y) || !Number.isFinite(v) || y < m.firstPlanYear || y > m.lastPlanYear) continue;
    if (latest === null || y > latest) latest = y;
  }
  return latest;
}

/** Growth against its goal, as the verdict's second and third sentences need it. */
export interface GrowthFacts {
  comparator: Target['comparator'];
  min?: number;
  max?: number;
  value?: number;
  /** Projected average over the whole plan (%/yr). */
  projected: number | null;
  /** As of a year: average growth of the published years (%/yr), else null. */
  soFar: number | null;
  /** As of a year: the plan average the remaining years are asked to reach (%/yr). */
  boundary: number | null;
  /** As of a year: constant growth the remaining years need (%/yr). */
  needPct: number | null;
  remainingYears: number;
}

/** What the verdict is computed from: plain data, so it is tested with hand-checked inputs. */
export interface VerdictInput {
  firstPlanYear: number;
  lastPlanYear: number;
  baseYear: number;
  /** The as-of year of the run (null: the plan as written, or no published year yet). */
  asOf: number | null;
  /** The latest published year of the pack (null: none yet). */
  latest: number | null;
  /** The year whose figures are this year's estimate (scenario `estimate`), if any. */
  estimateYear?: number | null;
  counts: Readonly<Record<string, number>>;
  growth: GrowthFacts | null;
}

export interface Verdict {
  /** `theo số liệu thực hiện đến 2024` / `as of published figures to 2024`, or the plan as written. */
  title: string;
  missed: number;
  assessable: number;
  sentences: string[];
}

const W = {
  titleAsOf: { vi: 'theo số liệu thực hiện đến {a}', en: 'as of published figures to {a}' },
  titleEstimate: { vi: 'theo ước tính năm {a}', en: 'as of {a} (estimate)' },
  titleWritten: { vi: 'kế hoạch như đã viết', en: 'the plan as written' },
  titleBase: {
    vi: 'từ năm gốc {b} (chưa có số liệu thực hiện)',
    en: 'from the {b} base year (no published figures yet)',
  },
  countsAsOf: {
    vi: 'Theo số liệu thực hiện đến {a}, {m} trong {n} chỉ tiêu đánh giá được không thể đạt ({ok} đạt, {near} gần đạt).',
    en: 'As of published figures to {a}, {m} of the {n} assessable targets are out of reach ({ok} met, {near} near).',
  },
  countsEstimate: {
    vi: 'Theo ước tính năm {a} (chưa phải số liệu công bố), {m} trong {n} chỉ tiêu đánh giá được không thể đạt ({ok} đạt, {near} gần đạt).',
    en: 'As of the {a} estimate (not yet published figures), {m} of the {n} assessable targets are out of reach ({ok} met, {near} near).',
  },
  countsWritten: {
    vi: 'Theo kế hoạch như đã viết (chưa dùng số liệu thực hiện), {m} trong {n} chỉ tiêu đánh giá được không đạt ({ok} đạt, {near} gần đạt).',
    en: 'On the plan as written (no published figures used), {m} of the {n} assessable targets are missed ({ok} met, {near} near).',
  },
  countsBase: {
    vi: 'Chưa có số liệu thực hiện của kỳ kế hoạch; dự báo từ năm gốc {b}: {m} trong {n} chỉ tiêu đánh giá được không đạt ({ok} đạt, {near} gần đạt).',
    en: 'No published figures for the plan years yet; projected from the {b} base year, {m} of the {n} assessable targets are missed ({ok} met, {near} near).',
  },
  growthSoFar: {
    vi: 'GRDP tăng bình quân {g} %/năm {y0}-{a} so với mục tiêu {goal}.',
    en: 'GRDP grew {g} %/yr on average in {y0}-{a} against a goal of {goal}.',
  },
  growthProjected: {
    vi: 'Tăng trưởng GRDP bình quân dự báo {g} %/năm {y0}-{y1} so với mục tiêu {goal}.',
    en: 'Average GRDP growth is projected at {g} %/yr in {y0}-{y1} against a goal of {goal}.',
  },
  needOne: {
    vi: 'Để cả kỳ đạt bình quân {b} %/năm, riêng năm {y} phải tăng {x} %.',
    en: 'For the plan to average {b} %/yr, {y} alone would need {x} % growth.',
  },
  needMany: {
    vi: 'Để cả kỳ đạt bình quân {b} %/năm, các năm {y}-{y1} phải tăng {x} %/năm.',
    en: 'For the plan to average {b} %/yr, {y}-{y1} would need {x} %/yr growth.',
  },
} satisfies Record<string, LocalizedText>;

const fill = (s: string, vars: Record<string, string | number>) =>
  s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

/** The goal of a %/yr target as words: `8,5-9,5 %/năm`, `≥ 8,5 %/năm`. */
function growthGoal(g: GrowthFacts, lang: Lang): string {
  const n = (x: number | undefined) => formatNumber(x, lang, decimals(x));
  const u = unitLabel('%/yr', lang);
  switch (g.comparator) {
    case 'range':
      return `${n(g.min)}-${n(g.max)} ${u}`;
    case 'atLeast':
      return `≥ ${n(g.value)} ${u}`;
    case 'atMost':
      return `≤ ${n(g.value)} ${u}`;
    default:
      return `≈ ${n(g.value)} ${u}`;
  }
}

/** The digits a goal is written with (8.5 → 1, 87 → 0), at most 2. */
function decimals(x: number | undefined): number {
  if (x === undefined || !Number.isFinite(x)) return 0;
  return Math.min(2, (String(x).split('.')[1] ?? '').length);
}

/** The verdict title: the as-of year, the plan as written, or the base year. */
export function verdictTitle(
  v: Pick<VerdictInput, 'asOf' | 'latest' | 'baseYear' | 'estimateYear'>,
  lang: Lang,
): string {
  if (v.asOf !== null && v.asOf === v.estimateYear) return fill(W.titleEstimate[lang], { a: v.asOf });
  if (v.asOf !== null) return fill(W.titleAsOf[lang], { a: v.asOf });
  if (v.latest === null) return fill(W.titleBase[lang], { b: v.baseYear });
  return W.titleWritten[lang];
}

/**
 * Two or three sentences from the results: the targets out of reach among the assessable ones,
 * growth so far (or projected) against the goal, and what the remaining years would need.
 * @example verdict({ asOf: 2024, counts: { met: 8, exceeded: 1, near: 2, missed: 20 }, … }, 'en').sentences[0]
 */
export function verdict(v: VerdictInput, lang: Lang): Verdict {
  const count = (k: string) => {
    const x = v.counts[k];
    return typeof x === 'number' && Number.isFinite(x) ? x : 0;
  };
  const assessable = ASSESSABLE.reduce((s, k) => s + count(k), 0);
  const missed = count('missed');
  const vars = {
    a: v.asOf ?? '',
    b: v.baseYear,
    m: missed,
    n: assessable,
    ok: count('met') + count('exceeded'),
    near: count('near'),
  };
  const sentences = [
    fill(
      (v.asOf !== null
        ? v.asOf === v.estimateYear
          ? W.countsEstimate
          : W.countsAsOf
        : v.latest === null
          ? W.countsBase
          : W.countsWritten)[lang],
      vars,
    ),
  ];
  const g = v.growth;
  const pct = (x: number) => formatNumber(x, lang, 2);
  if (g) {
    const goal = growthGoal(g, lang);
    if (v.asOf !== null && g.soFar !== null)
      sentences.push(fill(W.growthSoFar[lang], { g: pct(g.soFar), y0: v.firstPlanYear, a: v.asOf, goal }));
    else if (g.projected !== null)
      sentences.push(
        fill(W.growthProjected[lang], {
          g: pct(g.projected),
          y0: v.firstPlanYear,
          y1: v.lastPlanYear,
          goal,
        }),
      );
    if (v.asOf !== null && g.needPct !== null && g.boundary !== null && g.remainingYears > 0) {
      const y = v.asOf + 1;
      sentences.push(
        fill((g.remainingYears === 1 ? W.needOne : W.needMany)[lang], {
          b: formatNumber(g.boundary, lang, decimals(g.boundary)),
          y,
          y1: v.lastPlanYear,
          x: pct(g.needPct),
        }),
      );
    }
  }
  return { title: verdictTitle(v, lang), missed, assessable, sentences };
}

/** The first average-growth target on total real GRDP (picked by series, not by id). */
function growthTarget(pack: ModelPack): Target | undefined {
  return pack.targets.find((t) => t.series === 'grdpReal' && t.kind === 'avgGrowth' && t.modelled !== 'no');
}

/** The verdict's input from a pack, a projection and its scorecard counts. */
export function verdictInput(
  pack: ModelPack,
  p: Projection,
  counts: Readonly<Record<string, number>>,
): VerdictInput {
  const m = pack.model;
  const t = growthTarget(pack);
  let growth: GrowthFacts | null = null;
  if (t) {
    const outcome = evaluateTarget(t, p);
    const prog: AsOfProgress | null = asOfProgress(t, p, outcome);
    growth = {
      comparator: t.comparator,
      ...(t.min !== undefined ? { min: t.min } : {}),
      ...(t.max !== undefined ? { max: t.max } : {}),
      ...(t.value !== undefined ? { value: t.value } : {}),
      projected: outcome.projected,
      soFar: prog?.soFar ?? null,
      boundary: prog ? prog.boundary : null,
      needPct: prog?.need?.growthPct ?? null,
      remainingYears: prog?.remainingYears ?? 0,
    };
  }
  return {
    firstPlanYear: m.firstPlanYear,
    lastPlanYear: m.lastPlanYear,
    baseYear: m.baseYear,
    asOf: p.asOf,
    latest: latestPublishedYear(pack),
    estimateYear: p.estimateYear,
    counts,
    growth,
  };
}

/**
 * The year this year's estimate is for: the first plan year after the latest published one
 * (the first plan year when nothing is published yet); null when every plan year is published.
 * @example estimateYearOf(vinhLong) // 2026; estimateYearOf(benTre) // 2025
 */
export function estimateYearOf(pack: Pick<ModelPack, 'model' | 'actuals'>): number | null {
  const y = (latestPublishedYear(pack) ?? pack.model.baseYear) + 1;
  return y <= pack.model.lastPlanYear ? y : null;
}

/* ------------------------------------------------------------------------------------------ */
/* Headline targets, status reasons and levers in words                                       */

/** The headline series, in order; `share.` groups the structure targets into one card. */
export const HEADLINE_SERIES = [
  'grdpReal',
  'perCapita',
  'share.',
  'revenue',
  'investment',
  'exports',
] as const;

/** The fields of a scorecard row the words need (a ScorecardRow satisfies it). */
export interface RowFacts {
  id: string;
  status: string;
  projected: number | null;
  gap: number | null;
  unit: string;
  comparator: Target['comparator'];
  target: { value?: number; min?: number; max?: number; tol?: number };
  name: LocalizedText;
  kind?: string;
}

/** A goal seek's answer as the words need it (src/solve/required.ts `Required`). */
export interface LeverFacts {
  lever: string;
  value: number | null;
  unit: string;
  reachable: boolean;
}

export interface HeadlineCard {
  id: string;
  /** The series the card was picked by (`share.` for the structure card). */
  series: string;
  title: string;
  status: string;
  projected: string;
  goal: string;
  reason: string;
  /** What it would take: the remaining years' need (as of a year) or the lever in words. */
  take: string;
}

/** The targets of the headline cards: the first modelled target of each headline series. */
export function headlineTargets(pack: Pick<ModelPack, 'targets'>): { series: string; ids: string[] }[] {
  const out: { series: string; ids: string[] }[] = [];
  for (const s of HEADLINE_SERIES) {
    const hits = pack.targets.filter(
      (t) =>
        t.modelled !== 'no' &&
        t.series !== undefined &&
        (s.endsWith('.') ? t.series.startsWith(s) : t.series === s),
    );
    if (hits.length === 0) continue;
    out.push({ series: s, ids: s.endsWith('.') ? hits.map((t) => t.id) : [hits[0]!.id] });
  }
  return out;
}

/** Digits of a value in a unit, counts as integers. */
function digitsOf(unit: string): number {
  return unitDigits(unit);
}

/** A value with its vi/en unit: `65,9 triệu đồng`, `4,25 %`, `2.879 doanh nghiệp`. */
export function valueText(x: number | null, unit: string, lang: Lang): string {
  if (x === null) return '–';
  return `${formatNumber(x, lang, digitsOf(unit))} ${unitLabel(unit, lang)}`;
}

/** A gap in the target's unit; percent levels (shares, rates) in points: `3,65 điểm %`. */
export function gapText(gap: number, unit: string, lang: Lang): string {
  const a = Math.abs(gap);
  if (unit === '%') return `${formatNumber(a, lang, 2)} ${lang === 'vi' ? 'điểm %' : 'pp'}`;
  if (unit === '%/yr') return `${formatNumber(a, lang, 2)} ${lang === 'vi' ? 'điểm %/năm' : 'pp/yr'}`;
  return valueText(a, unit, lang);
}

/** The goal as text: `8,5–9,5 %/năm`, `≥ 87 triệu đồng`, `≈ 26,51 ± 0,5 %`. */
export function goalWords(r: Pick<RowFacts, 'comparator' | 'target' | 'unit'>, lang: Lang): string {
  const n = (x: number | undefined) => formatNumber(x, lang, decimals(x));
  const u = unitLabel(r.unit, lang);
  const t = r.target;
  switch (r.comparator) {
    case 'range':
      return `${n(t.min)}–${n(t.max)} ${u}`;
    case 'atLeast':
      return `≥ ${n(t.value)} ${u}`;
    case 'atMost':
      return `≤ ${n(t.value)} ${u}`;
    default:
      return t.tol !== undefined ? `≈ ${n(t.value)} ± ${n(t.tol)} ${u}` : `≈ ${n(t.value)} ${u}`;
  }
}

const R = {
  atFloor: { vi: 'ở mức sàn', en: 'at the floor' },
  atCeiling: { vi: 'ở mức trần', en: 'at the ceiling' },
  inBand: { vi: 'trong khoảng', en: 'within the band' },
  aboveFloor: { vi: 'trên mức sàn', en: 'above the floor' },
  belowCeiling: { vi: 'dưới mức trần', en: 'below the ceiling' },
  inTol: { vi: 'trong dung sai', en: 'within tolerance' },
  aboveBand: { vi: 'vượt khoảng', en: 'above the band' },
  short: { vi: 'thiếu {g}', en: 'short by {g}' },
  over: { vi: 'vượt {g}', en: 'over by {g}' },
  overGoal: { vi: 'cao hơn mục tiêu {g}', en: 'above the goal by {g}' },
  notAssessed: { vi: 'không đánh giá được', en: 'not assessed' },
} satisfies Record<string, LocalizedText>;

/** Why a row has its status, in a few words: `ở mức sàn`, `vượt khoảng`, `thiếu 21,1 triệu đồng`. */
export function statusReason(r: RowFacts, lang: Lang): string {
  const t = r.target;
  const p = r.projected;
  if (p === null || !(ASSESSABLE as readonly string[]).includes(r.status)) return '';
  const close = (a: number | undefined) =>
    a !== undefined && Math.abs(p - a) <= 5e-4 * Math.max(1, Math.abs(a));
  if (r.status === 'met') {
    if (r.comparator === 'range') {
      if (close(t.min)) return R.atFloor[lang];
      if (close(t.max)) return R.atCeiling[lang];
      return R.inBand[lang];
    }
    if (r.comparator === 'atLeast') return close(t.value) ? R.atFloor[lang] : R.aboveFloor[lang];
    if (r.comparator === 'atMost') return close(t.value) ? R.atCeiling[lang] : R.belowCeiling[lang];
    return R.inTol[lang];
  }
  if (r.status === 'exceeded')
    return r.comparator === 'range'
      ? R.aboveBand[lang]
      : R.overGoal[lang].replace('{g}', gapText(r.gap ?? 0, r.unit, lang));
  const g = r.gap ?? 0;
  if (g === 0) return '';
  return (g < 0 ? R.short : R.over)[lang].replace('{g}', gapText(g, r.unit, lang));
}

const signed = (x: number, lang: Lang, d = 2) => `${x > 0 ? '+' : ''}${formatNumber(x, lang, d)}`;

/** A lever value in words: `mọi khu vực +3,42 điểm %/năm`, `thu ngân sách 8,98 % GRDP`, `ICOR 4,53`. */
export function leverWords(r: LeverFacts | null | undefined, lang: Lang): string {
  if (!r) return '';
  if (r.value === null || !r.reachable)
    return lang === 'vi' ? 'không đạt được trong phạm vi cho phép' : 'not reachable within range';
  const v = r.value;
  const ppYr = lang === 'vi' ? 'điểm %/năm' : 'pp/yr';
  const pctYr = unitLabel('%/yr', lang);
  const [head, tail] = r.lever.split('.', 2) as [string, string | undefined];
  const words = tail && Object.hasOwn(SECTOR_WORDS, tail) ? SECTOR_WORDS[tail as Sector | 'all'] : null;
  if (head === 'growth' && words) return `${words[lang]} ${signed(v, lang)} ${ppYr}`;
  if (head === 'deflator' && words)
    return lang === 'vi'
      ? `giá ${words.vi} ${signed(v, lang)} ${ppYr}`
      : `${words.en} prices ${signed(v, lang)} ${ppYr}`;
  switch (r.lever) {
    case 'revenueRatio':
      return lang === 'vi'
        ? `thu ngân sách ${formatNumber(v, lang, 2)} % GRDP`
        : `revenue at ${formatNumber(v, lang, 2)} % of GRDP`;
    case 'icor':
      return `ICOR ${formatNumber(v, lang, 2)}`;
    case 'investmentRate':
      return lang === 'vi'
        ? `vốn đầu tư ${formatNumber(v, lang, 2)} % GRDP`
        : `investment at ${formatNumber(v, lang, 2)} % of GRDP`;
    case 'exportGrowth':
      return lang === 'vi'
        ? `xuất khẩu tăng ${formatNumber(v, lang, 2)} ${pctYr}`
        : `exports growing ${formatNumber(v, lang, 2)} ${pctYr}`;
    case 'recurrentGrowth':
      return lang === 'vi'
        ? `chi thường xuyên tăng ${formatNumber(v, lang, 2)} ${pctYr}`
        : `recurrent spending growing ${formatNumber(v, lang, 2)} ${pctYr}`;
    case 'populationGrowth':
      return lang === 'vi'
        ? `dân số tăng ${formatNumber(v, lang, 2)} ${pctYr}`
        : `population growing ${formatNumber(v, lang, 2)} ${pctYr}`;
  }
  if (head === 'indicator') {
    const base = r.unit.endsWith('/yr') ? r.unit.slice(0, -3) : r.unit;
    const d = base === 'pp' || base === '%' ? 2 : Math.min(digitsOf(base), digitsOf(r.unit));
    const u =
      base === 'pp' || base === '%' ? ppYr : `${unitLabel(base, lang)}/${lang === 'vi' ? 'năm' : 'yr'}`;
    return lang === 'vi' ? `thay đổi ${signed(v, lang, d)} ${u}` : `a change of ${signed(v, lang, d)} ${u}`;
  }
  return `${r.lever} ${formatNumber(v, lang, 2)} ${unitLabel(r.unit, lang)}`;
}

/** What the remaining years must deliver, in words: `năm 2025 cần tăng 48,55 %`, `2025 cần 16.379 tỷ đồng`. */
export function needWords(a: AsOfProgress | null | undefined, unit: string, lang: Lang): string {
  if (!a || !a.need || a.remainingYears <= 0) return '';
  const y0 = a.asOf + 1;
  const end = a.asOf + a.remainingYears;
  const years =
    a.remainingYears === 1
      ? lang === 'vi'
        ? `năm ${y0}`
        : `${y0}`
      : lang === 'vi'
        ? `các năm ${y0}-${end}`
        : `${y0}-${end}`;
  const per = a.remainingYears === 1 ? '' : lang === 'vi' ? '/năm' : '/yr';
  const needs = lang === 'vi' ? 'cần' : a.remainingYears === 1 ? 'needs' : 'need';
  const n = a.need;
  if (n.total !== undefined && n.growthPct !== undefined)
    return lang === 'vi'
      ? `${years} cần ${valueText(n.total, unit, lang)} (tăng ${formatNumber(n.growthPct, lang, 2)} %${per})`
      : `${years} ${needs} ${valueText(n.total, unit, lang)} (${formatNumber(n.growthPct, lang, 2)} %${per} growth)`;
  if (n.growthPct !== undefined)
    return lang === 'vi'
      ? `${years} cần tăng ${formatNumber(n.growthPct, lang, 2)} %${per}`
      : `${years} ${needs} ${formatNumber(n.growthPct, lang, 2)} %${per} growth`;
  if (n.perYear !== undefined) {
    // A flow already per year (pp/yr, persons/yr) keeps its unit; a level moves by so much a year.
    if (unit.endsWith('/yr'))
      return `${years} ${needs} ${formatNumber(n.perYear, lang, digitsOf(unit))} ${unitLabel(unit, lang)}`;
    const u = unit === '%' ? (lang === 'vi' ? 'điểm %' : 'pp') : unitLabel(unit, lang);
    const d = unit === '%' ? 2 : digitsOf(unit);
    return `${years} ${needs} ${signed(n.perYear, lang, d)} ${u}${per}`;
  }
  return '';
}

const STATUS_RANK: Record<string, number> = { missed: 4, near: 3, met: 1, exceeded: 2 };

/**
 * The headline cards: growth, per capita, structure, budget revenue, investment, exports (those the
 * pack has), with status, projected value, goal, the reason and what it would take.
 */
export function headlineCards(
  pack: Pick<ModelPack, 'targets'>,
  rows: readonly RowFacts[],
  lang: Lang,
  extra: {
    required?: ReadonlyMap<string, LeverFacts | null> | null;
    progress?: ReadonlyMap<string, AsOfProgress | null> | null;
  } = {},
): HeadlineCard[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const cards: HeadlineCard[] = [];
  for (const h of headlineTargets(pack)) {
    const rs = h.ids.map((id) => byId.get(id)).filter((r): r is RowFacts => r !== undefined);
    if (rs.length === 0) continue;
    // Only a target out of reach takes something; for a met one the lever value is where it stops being met.
    const take = (r: RowFacts) =>
      r.status !== 'missed' && r.status !== 'near'
        ? ''
        : needWords(extra.progress?.get(r.id), r.unit, lang) || leverWords(extra.required?.get(r.id), lang);
    if (h.series === 'share.' && rs.length > 1) {
      const worst = rs.reduce((a, b) =>
        (STATUS_RANK[b.status] ?? 0) > (STATUS_RANK[a.status] ?? 0) ? b : a,
      );
      const f = (x: number | null | undefined) => formatNumber(x ?? null, lang, 1);
      const mid = (r: RowFacts) =>
        r.comparator === 'range' ? ((r.target.min ?? 0) + (r.target.max ?? 0)) / 2 : (r.target.value ?? null);
      const off = rs.filter((r) => r.status === 'missed' || r.status === 'near').length;
      cards.push({
        id: worst.id,
        series: h.series,
        title: lang === 'vi' ? 'Cơ cấu kinh tế (I/II/III/thuế)' : 'Economic structure (I/II/III/taxes)',
        status: worst.status,
        projected: `${rs.map((r) => f(r.projected)).join('/')} %`,
        goal: `${rs.map((r) => f(mid(r))).join('/')} %`,
        reason:
          lang === 'vi'
            ? `${off} trong ${rs.length} tỷ trọng lệch mục tiêu`
            : `${off} of ${rs.length} shares off target`,
        take: take(worst),
      });
      continue;
    }
    const r = rs[0]!;
    cards.push({
      id: r.id,
      series: h.series,
      title: r.name[lang],
      status: r.status,
      projected: valueText(r.projected, r.unit, lang),
      goal: goalWords(r, lang),
      reason: statusReason(r, lang),
      take: take(r),
    });
  }
  return cards;
}
