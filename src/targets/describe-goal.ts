import { formatNumber } from '../i18n/format.ts';
import type { Lang } from '../schema/common.ts';
import type { Target } from '../schema/target.ts';

/** A target's goal in compact notation: `8.5–9.5`, `≥ 87`, `≤ 20`, `≈ 35 ± 2`. */
export function describeGoal(
  tg: Pick<Target, 'comparator' | 'value' | 'min' | 'max' | 'tol'>,
  lang: Lang = 'en',
): string {
  // Show the target's own digits (8.5, 87, 35000), grouped per language.
  const n = (x: number | undefined) =>
    x === undefined ? '?' : formatNumber(x, lang, Math.min(3, (String(x).split('.')[1] ?? '').length));
  switch (tg.comparator) {
    case 'range':
      return `${n(tg.min)}–${n(tg.max)}`;
    case 'atLeast':
      return `≥ ${n(tg.value)}`;
    case 'atMost':
      return `≤ ${n(tg.value)}`;
    case 'about':
      return tg.tol !== undefined ? `≈ ${n(tg.value)} ± ${n(tg.tol)}` : `≈ ${n(tg.value)}`;
  }
}
