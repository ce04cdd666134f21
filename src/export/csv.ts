import { describeGoal } from '../targets/describe-goal.ts';
import { SECTORS } from '../core/sectors.ts';
import type { Path, Projection } from '../model/projection.ts';
import type { Provenance } from '../model/provenance.ts';
import { OUTPUTS, type ScalarOutputId, type SectorOutputId } from '../model/variables.ts';
import type { ScorecardRow } from '../targets/scorecard.ts';

/** Quotes a CSV cell when it needs it (RFC 4180). */
function cell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? (Number.isFinite(v) ? String(Number(v.toPrecision(12))) : '') : v;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The yearly series as named columns (src/model/variables.ts); rates and shares in percent, as a spreadsheet user expects. */
export function projectionColumns(p: Projection): { name: string; key: string; values: Path }[] {
  const scaled = (a: Path, scale: number) => (scale === 1 ? a : a.map((x) => x * scale));
  const whole = OUTPUTS.filter((o) => o.column !== null && !o.perSector);
  const sectors = OUTPUTS.filter((o) => o.column !== null && o.perSector);
  // Sector columns come as one block, sector by sector, where the first sector series stands in the list.
  const firstSector = OUTPUTS.findIndex((o) => o.perSector);
  const before = whole.filter((o) => OUTPUTS.indexOf(o) < firstSector);
  const after = whole.filter((o) => OUTPUTS.indexOf(o) > firstSector);
  const col = (o: (typeof whole)[number]) => ({
    name: o.column!,
    key: o.id as string,
    values: scaled(p[o.id as ScalarOutputId], o.scale),
  });
  return [
    ...before.map(col),
    ...SECTORS.flatMap((s) =>
      sectors.map((o) => ({
        name: o.column!.replace('{s}', s),
        key: `${o.id}.${s}`,
        values: scaled(p[o.id as SectorOutputId][s], o.scale),
      })),
    ),
    ...after.map(col),
    ...Object.entries(p.indicators).map(([id, values]) => ({
      name: `indicator_${id}`,
      key: `indicator.${id}`,
      values,
    })),
  ];
}

/**
 * The provenance companion columns (`<column>_kind`: published, derived, assumed, estimated), after
 * every value column so the value columns keep their places (docs/model.md §5.4).
 */
export function provenanceColumns(
  cols: readonly { name: string; key: string }[],
  prov: Provenance,
): { name: string; kinds: readonly string[] }[] {
  return cols.map((c) => ({ name: `${c.name}_kind`, kinds: prov.series[c.key]?.kind ?? [] }));
}

/** Series by year as CSV, one row per year, ready for a spreadsheet; each value column has a `_kind` companion. */
export function projectionToCsv(p: Projection, prov: Provenance): string {
  const cols = projectionColumns(p);
  const kinds = provenanceColumns(cols, prov);
  const header = ['year', 'year_kind', ...cols.map((c) => c.name), ...kinds.map((k) => k.name)];
  const rows = p.years.map((y, i) => [
    y,
    p.yearKinds[i]!,
    ...cols.map((c) => c.values[i]!),
    ...kinds.map((k) => k.kinds[i] ?? null),
  ]);
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
}

/** The scorecard as a table (header + rows), shared by the CSV and the workbook. */
export function scorecardTable(rows: readonly ScorecardRow[]): {
  header: string[];
  rows: (string | number | null)[][];
} {
  const header = [
    'id',
    'clause',
    'group',
    'name_vi',
    'name_en',
    'status',
    'projected',
    'target',
    'gap',
    'unit',
    'rests_on_estimates',
    'placeholders',
  ];
  return {
    header,
    rows: rows.map((r) => [
      r.id,
      r.clause,
      r.group,
      r.name.vi,
      r.name.en,
      r.status,
      finiteOrNull(r.projected),
      describeGoal({ comparator: r.comparator, ...r.target }),
      finiteOrNull(r.gap),
      r.unit,
      r.restsOnEstimates ? 'yes' : 'no',
      r.placeholders.join(' '),
    ]),
  };
}

function finiteOrNull(v: number | null | undefined): number | null {
  return v === null || v === undefined || !Number.isFinite(v) ? null : v;
}

/** The scorecard as CSV. */
export function scorecardToCsv(rows: readonly ScorecardRow[]): string {
  const table = scorecardTable(rows);
  return [table.header, ...table.rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
}
