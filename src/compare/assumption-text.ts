import { formatNumber, unitDigits } from '../i18n/format.ts';
import type { Lang } from '../schema/common.ts';
import type { AssumptionDiff } from './compare-result.ts';

/** The modes of the budget and investment blocks in words. */
const MODE_TEXT: Record<string, Record<Lang, string>> = {
  ratio: { vi: 'tỷ lệ trên GRDP', en: 'share of GRDP' },
  buoyancy: { vi: 'hệ số co giãn', en: 'buoyancy' },
  icor: { vi: 'theo hệ số ICOR', en: 'through ICOR' },
  rate: { vi: 'tỷ lệ vốn đầu tư', en: 'investment rate' },
};

/** One value of an assumption as text: a path shown once when every year has the same value. */
export function assumptionText(v: AssumptionDiff['values'][number], unit: string, lang: Lang): string {
  if (typeof v === 'string') return MODE_TEXT[v]?.[lang] ?? v;
  const d = unitDigits(unit);
  // Percent ↔ fraction conversions leave last-bit noise (7.000000000000001): round before choosing digits.
  const f = (x: number) => {
    const r = Math.round(x * 1e6) / 1e6;
    return formatNumber(r, lang, Number.isInteger(r) ? 0 : Number.isInteger(r * 10) ? Math.min(1, d) : d);
  };
  if (typeof v === 'number') return f(v);
  return v.every((x) => x === v[0]) ? f(v[0]!) : v.map(f).join(' / ');
}
