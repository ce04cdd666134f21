import type { Projection } from '../model/projection.ts';
import type { Provenance } from '../model/provenance.ts';
import type { ScenarioSpec } from '../schema/scenario.ts';
import type { ScorecardRow } from '../targets/scorecard.ts';
import { projectionColumns, provenanceColumns, scorecardTable } from './csv.ts';

/** One worksheet as plain data: a header row and value rows (the writer, e.g. exceljs, lays it out). */
export interface SheetData {
  name: string;
  header: string[];
  rows: (string | number | null)[][];
  /** Column widths in characters. */
  widths: number[];
}

/** Flattens a scenario's assumptions into `path → value` rows (`growth.I`, `budget.revenueRatio.2023`). */
export function assumptionRows(spec: ScenarioSpec): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  const walk = (prefix: string, v: unknown) => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      for (const [k, x] of Object.entries(v)) walk(prefix ? `${prefix}.${k}` : k, x);
    } else rows.push([prefix, typeof v === 'number' || typeof v === 'string' ? v : JSON.stringify(v)]);
  };
  rows.push(['model', spec.model]);
  if (spec.name) rows.push(['name.vi', spec.name.vi], ['name.en', spec.name.en]);
  if (spec.asOf !== undefined) rows.push(['asOf', spec.asOf]);
  walk('assumptions', spec.assumptions ?? {});
  (spec.shocks ?? []).forEach((s, i) => {
    rows.push([
      `shocks.${i}`,
      `${s.sector} ${s.year} ${s.sizePp} pp${s.recoverNextYear ? ' (recovers)' : ''}`,
    ]);
  });
  return rows;
}

/**
 * The workbook of a run as pure data, three sheets: `assumptions` (what the scenario sets, percent),
 * `series` (one row per year, the CSV columns with their `_kind` companions), `scorecard` (every target).
 */
export function workbookSheets(
  spec: ScenarioSpec,
  p: Projection,
  rows: readonly ScorecardRow[],
  prov: Provenance,
): SheetData[] {
  const cols = projectionColumns(p);
  const kinds = provenanceColumns(cols, prov);
  return [
    { name: 'assumptions', header: ['assumption', 'value'], rows: assumptionRows(spec), widths: [40, 40] },
    {
      name: 'series',
      header: ['year', 'year_kind', ...cols.map((c) => c.name), ...kinds.map((k) => k.name)],
      rows: p.years.map((y, i) => [
        y,
        p.yearKinds[i]!,
        ...cols.map((c) => finite(c.values[i])),
        ...kinds.map((k) => k.kinds[i] ?? null),
      ]),
      widths: [8, 14, ...[...cols, ...kinds].map((c) => Math.max(12, c.name.length + 2))],
    },
    { name: 'scorecard', ...scorecardTable(rows), widths: [26, 8, 16, 44, 44, 12, 14, 16, 12, 12, 10, 30] },
  ];
}

function finite(v: number | null | undefined): number | null {
  return v === null || v === undefined || !Number.isFinite(v) ? null : v;
}
