import type { Problem } from '../core/problems.ts';
import { SECTORS } from '../core/sectors.ts';
import type { ModelPack, ObservedSeries, ObservedSet } from '../schema/model-pack.ts';
import { columnLetter, type Cell, type Sheet } from './tabular.ts';

/**
 * The actuals sheet: one row per series the engine reads from `actuals.json` (docs/model.md §3.8),
 * one column per plan year. `plancast template actuals` writes it empty; `plancast actuals import`
 * validates a filled one and merges it into the pack's actuals.
 */
export interface ActualsRow {
  key: string;
  name: string;
  unit: string;
  min: number;
  max: number;
  /** The bound is exclusive (levels must be above 0). */
  minExclusive: boolean;
}

export const FIXED_COLUMNS = ['series', 'name', 'unit', 'source'] as const;

/** The rows of a pack's actuals sheet, in order: growth, sector growth, levels, indicators. */
export function actualsRows(pack: ModelPack): ActualsRow[] {
  const pct = (key: string, name: string): ActualsRow => ({
    key,
    name,
    unit: '%',
    min: -50,
    max: 50,
    minExclusive: false,
  });
  const level = (key: string, name: string, unit: string, max: number): ActualsRow => ({
    key,
    name,
    unit,
    min: 0,
    max,
    minExclusive: true,
  });
  return [
    pct('grdpGrowthPct', 'GRDP growth, constant prices'),
    ...SECTORS.map((s) => pct(`growthPct.${s}`, `Sector ${s} real growth`)),
    level('populationThousand', 'Average population', 'thousand persons', 1e5),
    level('revenueBn', 'State budget revenue in the province', 'bn VND', 1e8),
    level('investmentBn', 'Total social investment, current prices', 'bn VND', 1e8),
    level('exportsMnUsd', 'Export turnover', 'mn USD', 1e7),
    ...pack.model.indicators.map((d) => ({
      key: `indicator.${d.id}`,
      name: d.name.en,
      unit: d.unit,
      min: d.min,
      max: d.max,
      minExclusive: false,
    })),
  ];
}

export function planYears(pack: ModelPack): number[] {
  const out: number[] = [];
  for (let y = pack.model.firstPlanYear; y <= pack.model.lastPlanYear; y++) out.push(y);
  return out;
}

/** The empty sheet: a header row, then one row per series with its unit and empty years. */
export function actualsTemplate(pack: ModelPack): Sheet {
  const years = planYears(pack);
  return [
    [...FIXED_COLUMNS, ...years],
    ...actualsRows(pack).map((r): Cell[] => [r.key, r.name, r.unit, null, ...years.map(() => null)]),
  ];
}

export interface ActualsChange {
  key: string;
  year: number;
  from: number | null;
  to: number;
}

export type ImportResult =
  { ok: true; actuals: ObservedSet; changes: ActualsChange[] } | { ok: false; problems: Problem[] };

const MAX_PROBLEMS = 50;

/**
 * Validates every row of a filled sheet (series known, unit as expected, year columns inside the
 * plan, each value a number in range, a source for a new series) and, when all hold, returns the
 * pack's actuals with the sheet's values merged in and the list of changes. Empty cells change
 * nothing. Each problem names the row and the column.
 */
export function importActuals(pack: ModelPack, sheet: Sheet): ImportResult {
  const problems: Problem[] = [];
  const at = (r: number, c: number, header: string, message: string, value?: unknown) =>
    problems.length < MAX_PROBLEMS &&
    problems.push({
      code: 'invalid_row',
      path: [],
      value,
      message: `row ${r + 1}, column ${columnLetter(c)} (${header}): ${message}`,
    });
  const header = (sheet[0] ?? []).map((c) => (c === null ? '' : String(c).trim()));
  const planned = planYears(pack);
  FIXED_COLUMNS.forEach((name, c) => {
    if (header[c] !== name) at(0, c, header[c] ?? '', `expected the column "${name}"`, header[c]);
  });
  const yearCols: { c: number; year: number }[] = [];
  for (let c = FIXED_COLUMNS.length; c < header.length; c++) {
    const h = header[c]!;
    if (h === '') continue;
    const year = Number(h);
    if (!/^\d{4}$/.test(h) || !planned.includes(year))
      at(0, c, h, `"${h}" is not a plan year; allowed ${planned[0]} to ${planned.at(-1)}`, h);
    else if (yearCols.some((y) => y.year === year)) at(0, c, h, `year ${year} appears twice`, h);
    else yearCols.push({ c, year });
  }
  if (problems.length > 0) return { ok: false, problems };

  const rows = new Map(actualsRows(pack).map((r) => [r.key, r]));
  const next: ObservedSet = structuredClone(pack.actuals);
  const changes: ActualsChange[] = [];
  const seen = new Set<string>();
  for (let r = 1; r < sheet.length; r++) {
    const cells = sheet[r]!;
    const text = (c: number) => {
      const v = cells[c];
      return v === null || v === undefined ? '' : String(v).trim();
    };
    if (cells.every((v) => v === null || String(v).trim() === '')) continue;
    const key = text(0);
    const def = rows.get(key);
    if (!def) {
      at(
        r,
        0,
        'series',
        `"${key}" is not a series the engine reads; allowed ${[...rows.keys()].join(', ')}`,
        key,
      );
      continue;
    }
    if (seen.has(key)) {
      at(r, 0, 'series', `"${key}" appears twice`, key);
      continue;
    }
    seen.add(key);
    const unit = text(2);
    if (unit !== def.unit) at(r, 2, 'unit', `unit "${unit}" for ${key}; expected "${def.unit}"`, unit);
    const values: { year: number; value: number }[] = [];
    for (const { c, year } of yearCols) {
      const raw = cells[c];
      if (raw === null || raw === undefined || String(raw).trim() === '') continue;
      const value =
        typeof raw === 'number'
          ? raw
          : /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(raw.trim())
            ? Number(raw)
            : NaN;
      const h = String(year);
      if (!Number.isFinite(value)) {
        at(
          r,
          c,
          h,
          `"${String(raw)}" is not a number (use a point for decimals, no thousands separator)`,
          raw,
        );
        continue;
      }
      const low = def.minExclusive ? value <= def.min : value < def.min;
      if (low || value > def.max) {
        const allowed = `${def.minExclusive ? 'above' : 'from'} ${def.min} ${def.minExclusive ? 'up to' : 'to'} ${def.max} ${def.unit}`;
        at(r, c, h, `${key} ${value} is out of range; allowed ${allowed}`, value);
        continue;
      }
      values.push({ year, value });
    }
    if (values.length === 0) continue;
    const source = text(3);
    const existing = next[key];
    if (!existing && source === '') {
      at(r, 3, 'source', `${key} is new in this pack's actuals: give its source`, '');
      continue;
    }
    const series: ObservedSeries = existing ?? {
      unit: def.unit,
      series: 'provincial',
      source,
      confidence: 'medium',
      values: {},
    };
    if (source !== '') series.source = source;
    for (const { year, value } of values) {
      const from = series.values[String(year)] ?? null;
      if (from !== value) changes.push({ key, year, from, to: value });
      series.values[String(year)] = value;
    }
    series.values = Object.fromEntries(
      Object.entries(series.values).sort(([a], [b]) => Number(a) - Number(b)),
    );
    next[key] = series;
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, actuals: next, changes };
}
