import type { Lang } from '../schema/common.ts';

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-US' };
const formatters = new Map<string, Intl.NumberFormat>();

/** Formats a number per language: vi-VN `1.234,5`, en `1,234.5`. Non-finite values show as `–`. */
export function formatNumber(value: number | null | undefined, lang: Lang, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const key = `${lang}:${digits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, f);
  }
  // Avoid "-0,0".
  const shown = f.format(value);
  return /^-0([.,]0+)?$/.test(shown) ? shown.slice(1) : shown;
}

const UNIT_LABELS: Record<string, Record<Lang, string>> = {
  '%': { vi: '%', en: '%' },
  '%/yr': { vi: '%/năm', en: '%/yr' },
  'pp/yr': { vi: 'điểm %/năm', en: 'pp/yr' },
  'bn VND': { vi: 'tỷ đồng', en: 'bn VND' },
  'mn VND': { vi: 'triệu đồng', en: 'million VND' },
  'mn USD': { vi: 'triệu USD', en: 'mn USD' },
  'beds/10k': { vi: 'giường/vạn dân', en: 'beds/10k people' },
  'doctors/10k': { vi: 'bác sĩ/vạn dân', en: 'doctors/10k people' },
  MW: { vi: 'MW', en: 'MW' },
  enterprises: { vi: 'doanh nghiệp', en: 'enterprises' },
  'persons/yr': { vi: 'người/năm', en: 'persons/yr' },
  rank: { vi: 'hạng', en: 'rank' },
  communes: { vi: 'xã', en: 'communes' },
  districts: { vi: 'huyện', en: 'districts' },
  'urban areas': { vi: 'đô thị', en: 'urban areas' },
  pp: { vi: 'điểm %', en: 'pp' },
  '% of GRDP': { vi: '% GRDP', en: '% of GRDP' },
  persons: { vi: 'người', en: 'persons' },
  'thousand persons': { vi: 'nghìn người', en: 'thousand persons' },
};

/** The unit's label in a language (`mn VND` → `triệu đồng`). */
export function unitLabel(unit: string, lang: Lang): string {
  const known = UNIT_LABELS[unit]?.[lang];
  if (known !== undefined) return known;
  // A flow per year of a known unit: `enterprises/yr` → `doanh nghiệp/năm`, `beds/10k/yr` → `giường/vạn dân/năm`.
  if (unit.endsWith('/yr') && UNIT_LABELS[unit.slice(0, -3)])
    return `${UNIT_LABELS[unit.slice(0, -3)]![lang]}/${lang === 'vi' ? 'năm' : 'yr'}`;
  return unit;
}

/** Digits to show for a unit: whole numbers for big money, one decimal elsewhere. */
export function unitDigits(unit: string): number {
  return unit === 'bn VND' || unit === 'mn USD' || unit === 'persons/yr' || unit === 'enterprises'
    ? 0
    : unit === '%' || unit === '%/yr' || unit === 'pp/yr'
      ? 2
      : 1;
}

/** A value with its unit: `87,0 triệu đồng` / `87.0 million VND`. */
export function formatWithUnit(value: number | null | undefined, unit: string, lang: Lang): string {
  const n = formatNumber(value, lang, unitDigits(unit));
  return unit.startsWith('%')
    ? `${n} ${unitLabel(unit, lang)}`.replace(' %', ' %')
    : `${n} ${unitLabel(unit, lang)}`;
}

/**
 * Fills the `{name}` slots of a message with their values (an unknown slot becomes empty).
 * @example fillTemplate('σ = {s} pp', { s: '2.59' }) // => 'σ = 2.59 pp'
 */
export function fillTemplate(s: string, vars: Readonly<Record<string, string>>): string {
  return s.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
}
