import { SECTOR_AXIS, SECTOR_TITLE } from '../core/sector-names.ts';
import type { Projection } from '../model/projection.ts';
import type { Lang, LocalizedText } from '../schema/common.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import type { Target } from '../schema/target.ts';

/** What every chart builder reads: the pack (targets, years), the current run and the plan baseline. */
export interface ChartInput {
  lang: Lang;
  pack: ModelPack;
  current: Projection;
  baseline: Projection;
}

/** A vega-lite spec as plain data (the page casts it to vega-embed's type). */
export type ChartSpec = Record<string, unknown>;

/** A dataset of a chart: rows of plain values. */
export type Rows = Record<string, string | number | null>[];

/** Labels of the charts in both languages. */
export const CHART_TEXT = {
  current: { vi: 'Kịch bản đang xem', en: 'Current scenario' },
  baseline: { vi: 'Kịch bản gốc của kế hoạch', en: 'Plan baseline' },
  year: { vi: 'Năm', en: 'Year' },
  value: { vi: 'Giá trị', en: 'Value' },
  target: { vi: 'Mục tiêu', en: 'Target' },
  targetBand: { vi: 'Khoảng mục tiêu', en: 'Target range' },
  sector: { vi: 'Khu vực', en: 'Sector' },
  baseYear: { vi: 'Năm gốc', en: 'Base year' },
  finalYear: { vi: 'Năm cuối', en: 'Final year' },
  median: { vi: 'Trung vị', en: 'Median' },
  p90: { vi: 'Khoảng 90 %', en: '90 % range' },
  p50: { vi: 'Khoảng 50 %', en: '50 % range' },
  low: { vi: 'Khi giảm', en: 'When lowered' },
  high: { vi: 'Khi tăng', en: 'When raised' },
  input: { vi: 'Giả định', en: 'Assumption' },
  noTarget: { vi: 'Không có chỉ tiêu tương ứng', en: 'No matching target' },
} as const satisfies Record<string, LocalizedText>;

export function text(key: keyof typeof CHART_TEXT, lang: Lang): string {
  return CHART_TEXT[key][lang];
}

/** Sector names as the charts show them. */
export const SECTOR_TEXT: Record<string, LocalizedText> = SECTOR_TITLE;

/** Short sector names for tight axes. */
export const SECTOR_SHORT: Record<string, LocalizedText> = SECTOR_AXIS;

/** The first target of the pack that reads `series` (optionally of one kind). */
export function targetFor(pack: ModelPack, series: string, kind?: Target['kind']): Target | undefined {
  return pack.targets.find(
    (t) => t.series === series && t.modelled !== 'no' && (kind === undefined || t.kind === kind),
  );
}

/**
 * A target as a band to draw: `[min, max]` for ranges, `[value − tol, value + tol]` for "about",
 * a single goal line for "at least" / "at most". Values in the target's unit.
 */
export type TargetShape = { kind: 'band'; min: number; max: number } | { kind: 'goal'; value: number } | null;

export function targetShape(t: Target | undefined, defaultAboutTol = 0): TargetShape {
  if (!t) return null;
  if (t.comparator === 'range') return { kind: 'band', min: t.min!, max: t.max! };
  if (t.comparator === 'about') {
    const tol = t.tol ?? defaultAboutTol;
    return tol > 0
      ? { kind: 'band', min: t.value! - tol, max: t.value! + tol }
      : { kind: 'goal', value: t.value! };
  }
  return { kind: 'goal', value: t.value! };
}

/** Cumulative sums over the plan years (base year 0), as the cumulative targets count them. */
export function cumulative(values: ArrayLike<number>): number[] {
  const out: number[] = [0];
  for (let i = 1; i < values.length; i++) out.push(out[i - 1]! + values[i]!);
  return out;
}
