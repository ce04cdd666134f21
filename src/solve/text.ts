import { formatNumber, formatWithUnit, unitLabel } from '../i18n/format.ts';
import { t } from '../i18n/messages.ts';
import type { Lang } from '../schema/common.ts';
import type { AsOfProgress } from './as-of-report.ts';
import type { GoalSeekResult } from './goal-seek.ts';
import type { MultiTargetResult } from './multi-target.ts';
import type { Required } from './required.ts';

type Pair = { vi: string; en: string };
const W = {
  required: { vi: 'Cần', en: 'Required' },
  reachable: { vi: 'Đạt được', en: 'Reachable' },
  unreachable: { vi: 'Không đạt được trong phạm vi cho phép', en: 'Not reachable within the allowed range' },
  'out-of-range': { vi: 'ngoài phạm vi', en: 'out of range' },
  'no-effect': { vi: 'đòn bẩy không tác động', en: 'lever has no effect' },
  'no-remaining-years': { vi: 'không còn năm nào', en: 'no years left' },
  'not-modelled': { vi: 'không mô hình hoá', en: 'not modelled' },
  'cannot-assess': {
    vi: 'không đánh giá được (dựa trên số giữ chỗ)',
    en: 'cannot be assessed (rests on placeholders)',
  },
  skipped: {
    vi: 'Bỏ qua (không đánh giá được, dựa trên số giữ chỗ)',
    en: 'Left out (cannot be assessed, rests on placeholders)',
  },
  'unknown-lever': { vi: 'đòn bẩy không xác định', en: 'unknown lever' },
  sideEffects: { vi: 'Tác động tới chỉ tiêu khác', en: 'Side effects on other targets' },
  none: { vi: 'không có chỉ tiêu nào đổi trạng thái', en: 'no other target changes status' },
  figures: {
    vi: 'Tăng trưởng GRDP bình quân {g} %/năm, chỉ số giá GRDP {d} %/năm, bình quân đầu người {p} triệu đồng',
    en: 'average GRDP growth {g} %/yr, GRDP deflator {d} %/yr, per capita {p} mn VND',
  },
  best: {
    vi: 'Giá trị tốt nhất ở đầu phạm vi: {v}; chỉ tiêu khi đó {x} (chênh lệch {gap})',
    en: 'Best end of the range: {v}; the target is then {x} (gap {gap})',
  },
  allMet: {
    vi: 'Mọi chỉ tiêu mô hình hoá đều đạt với thay đổi nhỏ nhất sau',
    en: 'Every modelled target is met with this smallest change',
  },
  closest: {
    vi: 'Không thể đạt mọi chỉ tiêu; phương án gần nhất',
    en: 'Not every target can be met; the closest miss',
  },
  unmovable: { vi: 'không đòn bẩy nào tác động', en: 'no lever moves it' },
  asOfTitle: {
    vi: 'Thực tế đến {a}: các năm còn lại phải đạt',
    en: 'Actuals through {a}: what the remaining years must deliver',
  },
  soFar: { vi: 'đến nay', en: 'so far' },
  need: { vi: 'cần', en: 'needs' },
  runs: { vi: 'lần chạy mô hình', en: 'model runs' },
  structureNote: {
    vi: 'Cơ cấu chỉ đạt qua tăng trưởng thực (không có đòn bẩy giá).',
    en: 'The structure is met only through real growth (no deflator lever).',
  },
  before: { vi: 'hiện tại', en: 'now' },
} satisfies Record<string, Pair>;

const fill = (s: string, vars: Record<string, string>) =>
  s.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');

/** Formats a lever value with its unit: `+1,98 pp`, `8,51 % of GRDP`, `ICOR 3,87`. */
export function formatLever(value: number, unit: string, lang: Lang, signed = false): string {
  const n = formatNumber(value, lang, 2);
  const s = signed && value > 0 ? `+${n}` : n;
  if (unit === 'ICOR') return `${s}`;
  if (unit === 'pp') return `${s} ${lang === 'vi' ? 'điểm %' : 'pp'}`;
  if (unit === '% of GRDP') return `${s} % ${lang === 'vi' ? 'GRDP' : 'of GRDP'}`;
  return `${s} ${unitLabel(unit, lang)}`;
}

/** The scorecard cell of a `required` value: `growth.all +1,98 pp`, or why not. */
export function requiredCell(r: Required | null, lang: Lang): string {
  if (!r) return '–';
  if (r.value === null) return `${r.lever}: ${W[r.reason ?? 'out-of-range'][lang]}`;
  return `${r.lever} ${formatLever(r.value, r.unit, lang, r.unit === 'pp')}`;
}

/** The label of the scorecard's `required` column. */
export function requiredLabel(lang: Lang): string {
  return W.required[lang];
}

/** Renders a goal-seek answer: the lever value or the unreachable verdict, figures, side effects. */
export function renderGoalSeek(g: GoalSeekResult, lang: Lang): string {
  const lines: string[] = [];
  const shift = g.lever.mode === 'shift';
  lines.push(
    `${g.target.clause} ${g.target.name[lang]} → ${g.lever.id} (${g.lever.label[lang]})${g.asOf !== null ? `, ${lang === 'vi' ? 'thực tế đến' : 'as of'} ${g.asOf}` : ''}`,
  );
  lines.push(
    `  ${W.before[lang]}: ${formatWithUnit(g.before.projected, g.target.unit, lang)} — ${t(`status.${g.before.status}`, lang)}; ${g.lever.id} = ${formatLever(g.lever.base, g.lever.unit, lang, shift)}`,
  );
  if (g.reachable && g.value !== null) {
    lines.push(
      `  ${W.reachable[lang]}: ${g.lever.id} = ${formatLever(g.value, g.lever.unit, lang, shift)} → ${formatWithUnit(g.after.projected, g.target.unit, lang)} (${t(`status.${g.after.status}`, lang)})`,
    );
  } else {
    lines.push(
      `  ${W.unreachable[lang]} [${g.lever.min}, ${g.lever.max}] — ${W[g.reason ?? 'out-of-range'][lang]}`,
    );
    if (g.best)
      lines.push(
        `  ${fill(W.best[lang], { v: formatLever(g.best.value, g.lever.unit, lang, shift), x: formatWithUnit(g.best.projected, g.target.unit, lang), gap: formatNumber(g.best.gap, lang, 2) })}`,
      );
  }
  const f = g.figures;
  lines.push(
    `  ${fill(W.figures[lang], { g: formatNumber(f.avgGrowthPct, lang, 2), d: formatNumber(f.deflatorGrowthPct, lang, 2), p: formatNumber(f.perCapita, lang, 1) })}`,
  );
  lines.push(`  ${W.sideEffects[lang]}:${g.sideEffects.length === 0 ? ` ${W.none[lang]}` : ''}`);
  for (const s of g.sideEffects)
    lines.push(
      `    ${s.clause} ${s.name[lang]}: ${t(`status.${s.before.status}`, lang)} → ${t(`status.${s.after.status}`, lang)} (${formatWithUnit(s.after.projected, s.unit, lang)})`,
    );
  return lines.join('\n') + '\n';
}

/** Renders a several-target answer: lever changes, then every target before → after. */
export function renderSolveAll(r: MultiTargetResult, lang: Lang): string {
  const lines = [
    `${r.allMet ? W.allMet[lang] : W.closest[lang]}${r.asOf !== null ? ` (${lang === 'vi' ? 'thực tế đến' : 'as of'} ${r.asOf})` : ''}:`,
  ];
  for (const l of r.levers) {
    if (Math.abs(l.change) < 5e-5) continue;
    const now =
      l.mode === 'shift'
        ? formatLever(l.change, l.unit, lang, true)
        : `${formatLever(l.current, l.unit, lang)} → ${formatLever(l.value, l.unit, lang)}`;
    lines.push(`  ${l.id.padEnd(18)} ${now}${l.atBound ? ' (!)' : ''}`);
  }
  lines.push('');
  for (const row of r.rows) {
    const miss =
      row.remaining > 0
        ? ` — ${W.need[lang]} ${formatNumber(row.remaining, lang, 2)}${row.unmovable ? ` (${W.unmovable[lang]})` : ''}`
        : '';
    lines.push(
      `  ${row.clause.padEnd(6)} ${row.name[lang]}: ${formatWithUnit(row.before.projected, row.unit, lang)} ${t(`status.${row.before.status}`, lang)} → ${formatWithUnit(row.after.projected, row.unit, lang)} ${t(`status.${row.after.status}`, lang)}${miss}`,
    );
  }
  const f = r.figures;
  lines.push(
    '',
    `  ${fill(W.figures[lang], { g: formatNumber(f.avgGrowthPct, lang, 2), d: formatNumber(f.deflatorGrowthPct, lang, 2), p: formatNumber(f.perCapita, lang, 1) })}; ${r.runs} ${W.runs[lang]}`,
  );
  if (r.notes.includes('structure-without-deflator')) lines.push(`  ${W.structureNote[lang]}`);
  if (r.notes.includes('no-remaining-years')) lines.push(`  ${W['no-remaining-years'][lang]}`);
  if (r.skipped.length > 0)
    lines.push(`  ${W.skipped[lang]}: ${r.skipped.map((x) => `${x.clause} ${x.name[lang]}`).join('; ')}`);
  return lines.join('\n') + '\n';
}

/** Renders the as-of section: per target, how far the actuals carried it and what is needed. */
export function renderAsOf(
  rows: readonly {
    clause: string;
    name: { vi: string; en: string };
    unit: string;
    asOf: AsOfProgress | null;
  }[],
  lang: Lang,
): string {
  const shown = rows.filter((r) => r.asOf !== null);
  if (shown.length === 0) return '';
  const lines = [fill(W.asOfTitle[lang], { a: String(shown[0]!.asOf!.asOf) })];
  for (const r of shown) {
    const a = r.asOf!;
    const so =
      a.soFar === null
        ? '–'
        : a.soFarKind === 'avgGrowth'
          ? `${formatNumber(a.soFar, lang, 2)} %/yr`
          : a.soFarKind === 'yearsMet'
            ? `${a.soFar} ${lang === 'vi' ? 'năm đạt' : 'years met'}`
            : formatWithUnit(a.soFar, r.unit, lang);
    const n = a.need;
    const perYear = (x: number) =>
      r.unit === '%'
        ? `${formatNumber(x, lang, 2)} ${lang === 'vi' ? 'điểm %/năm' : 'pp/yr'}`
        : `${formatWithUnit(x, r.unit, lang)}${r.unit.endsWith('/yr') ? '' : lang === 'vi' ? '/năm' : '/yr'}`;
    const need = !n
      ? '–'
      : a.soFarKind === 'yearsMet'
        ? `≥ ${formatWithUnit(n.perYear ?? 0, r.unit, lang)} ${lang === 'vi' ? 'mỗi năm' : 'each year'}`
        : n.growthPct !== undefined
          ? `${formatNumber(n.growthPct, lang, 2)} %/${lang === 'vi' ? 'năm' : 'yr'}${n.total !== undefined ? ` (${formatWithUnit(n.total, r.unit, lang)})` : ''}`
          : n.perYear !== undefined
            ? perYear(n.perYear)
            : '–';
    lines.push(
      `  ${r.clause.padEnd(6)} ${r.name[lang]}: ${W.soFar[lang]} ${so}; ${W.need[lang]} ${need} × ${a.remainingYears}`,
    );
  }
  return lines.join('\n') + '\n';
}
