import { fillTemplate, formatNumber } from '../i18n/format.ts';
import type { Lang } from '../schema/common.ts';
import type { Calibration } from '../uncertainty/calibration.ts';
import type { CountMet, JointOutcome } from '../uncertainty/joint.ts';

/** Headline series in words (src/targets/verdict.ts HEADLINE_SERIES). */
const GROUP: Record<string, Record<Lang, string>> = {
  grdpReal: { vi: 'tăng trưởng', en: 'growth' },
  perCapita: { vi: 'GRDP/người', en: 'per capita' },
  'share.': { vi: 'cơ cấu', en: 'structure' },
  revenue: { vi: 'thu ngân sách', en: 'budget revenue' },
  investment: { vi: 'vốn đầu tư', en: 'investment' },
  exports: { vi: 'xuất khẩu', en: 'exports' },
};

const L = {
  head: { vi: 'Khả năng đạt cùng lúc', en: 'Joint odds' },
  all: { vi: 'P(đạt mọi chỉ tiêu chính: {g})', en: 'P(all headline targets met: {g})' },
  given: { vi: 'P({e} đạt | {c} đạt)', en: 'P({e} met | {c} met)' },
  count: { vi: 'Số chỉ tiêu đạt trong {n} chỉ tiêu đánh giá được', en: 'Targets met of the {n} assessable' },
  none: { vi: 'không lần rút nào đạt {c}', en: 'no draw meets {c}' },
  note: {
    vi: 'Khoảng Wilson, z = {z}; "đạt" như P(đạt). Không tính: {x}.',
    en: 'Wilson intervals, z = {z}; "met" as in P(met). Not counted: {x}.',
  },
} satisfies Record<string, Record<Lang, string>>;

const fill = fillTemplate;
const pct = (x: number, lang: Lang) => `${formatNumber(x * 100, lang, 1)} %`;
const band = (i: { lo: number; hi: number }, lang: Lang) => `${pct(i.lo, lang)} – ${pct(i.hi, lang)}`;
const name = (s: string, lang: Lang) => GROUP[s]?.[lang] ?? s;

/** The joint block of `plancast simulate`: P(all headline), the conditionals, P(k of n). */
export function renderJoint(j: JointOutcome, c: CountMet, lang: Lang): string {
  const lines = [`${L.head[lang]}`];
  const groups = j.headline.groups.map((g) => name(g.series, lang)).join(', ');
  lines.push(
    `  ${fill(L.all[lang], { g: groups })}: ${pct(j.headline.pAll, lang)} (${band(j.headline.interval, lang)})`,
  );
  for (const x of j.conditionals) {
    const words = { e: name(x.event, lang), c: name(x.given, lang) };
    const value =
      x.pConditional === null || x.interval === null
        ? fill(L.none[lang], words)
        : `${pct(x.pConditional, lang)} (${band(x.interval, lang)})`;
    lines.push(`  ${fill(L.given[lang], words)}: ${value}`);
  }
  lines.push(`  ${fill(L.count[lang], { n: String(c.n) })}:`);
  lines.push(`    ${c.distribution.map((d) => `${d.k}: ${pct(d.p, lang)}`).join('  ')}`);
  const z = formatNumber(j.z, lang, 2);
  lines.push(`  ${fill(L.note[lang], { z, x: c.excluded.length > 0 ? c.excluded.join(', ') : '–' })}`);
  return lines.join('\n') + '\n';
}

const C = {
  record: {
    vi: 'Độ phân tán tăng trưởng GRDP theo số liệu thực tế của tỉnh: σ = {s} điểm %/năm, φ = {p} (n = {n} sai số dự báo trước 1 năm, {m} cặp; {r})',
    en: 'GRDP growth spread from the province record: σ = {s} pp/yr, φ = {p} (n = {n} one-step forecast errors, {m} pairs; {r})',
  },
  design: {
    vi: 'Độ phân tán tăng trưởng GRDP theo thiết kế (docs/model.md §9): σ = {s} điểm %/năm, φ = {p} ({r})',
    en: 'GRDP growth spread from the design (docs/model.md §9): σ = {s} pp/yr, φ = {p} ({r})',
  },
  gap: {
    vi: 'Kế hoạch {period}: mục tiêu {plan} %/năm, thực hiện {got} %/năm ({n} năm), tỷ lệ {ratio}',
    en: 'Plan {period}: planned {plan} %/yr, achieved {got} %/yr ({n} years), ratio {ratio}',
  },
} satisfies Record<string, Record<Lang, string>>;

/** The header lines of `plancast simulate` saying where the growth spread comes from. */
export function renderCalibration(c: Calibration, lang: Lang): string {
  const g = c.growth;
  const head = fill(C[g.source][lang], {
    s: formatNumber(g.sigma * 100, lang, 2),
    p: formatNumber(g.phi, lang, 2),
    n: String(g.n),
    m: String(g.phiPairs),
    r: c.reason,
  });
  const gaps = c.planGaps.map((x) =>
    fill(C.gap[lang], {
      period: x.period,
      plan: formatNumber(x.planned, lang, 2),
      got: formatNumber(x.achieved, lang, 2),
      n: String(x.years.length),
      ratio: formatNumber(x.ratio, lang, 3),
    }),
  );
  return [head, ...gaps].map((l) => `  · ${l}\n`).join('');
}
