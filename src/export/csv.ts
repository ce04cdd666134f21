import { describeGoal } from '../targets/describe-goal.ts';
import { SECTORS } from '../core/sectors.ts';
import type { Path, Projection } from '../model/projection.ts';
import type { ScorecardRow } from '../targets/scorecard.ts';

/** Quotes a CSV cell when it needs it (RFC 4180). */
function cell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? (Number.isFinite(v) ? String(Number(v.toPrecision(12))) : '') : v;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The yearly series as named columns; rates and shares in percent, as a spreadsheet user expects. */
export function projectionColumns(p: Projection): { name: string; values: Path }[] {
  const pct = (a: Path) => a.map((x) => x * 100);
  return [
    { name: 'grdp_real_bn_vnd', values: p.grdpReal },
    { name: 'grdp_nominal_bn_vnd', values: p.grdpNominal },
    { name: 'grdp_growth_pct', values: pct(p.growth) },
    { name: 'grdp_deflator', values: p.grdpDeflator },
    ...SECTORS.flatMap((s) => [
      { name: `real_${s}_bn_vnd`, values: p.real[s] },
      { name: `nominal_${s}_bn_vnd`, values: p.nominal[s] },
      { name: `growth_${s}_pct`, values: pct(p.sectorGrowth[s]) },
      { name: `share_${s}_pct`, values: pct(p.share[s]) },
    ]),
    { name: 'population_thousand', values: p.population },
    { name: 'per_capita_mn_vnd', values: p.perCapita },
    { name: 'revenue_bn_vnd', values: p.revenue },
    { name: 'own_revenue_bn_vnd', values: p.ownRevenue },
    { name: 'recurrent_spending_bn_vnd', values: p.recurrent },
    { name: 'transfers_bn_vnd', values: p.transfers },
    { name: 'development_spending_bn_vnd', values: p.development },
    { name: 'budget_balance_bn_vnd', values: p.balance },
    { name: 'self_balance_pct', values: pct(p.selfBalance) },
    { name: 'investment_bn_vnd', values: p.investment },
    { name: 'investment_rate_pct', values: pct(p.investmentRate) },
    { name: 'capital_stock_real_bn_vnd', values: p.capital },
    { name: 'labour_thousand', values: p.labour },
    { name: 'tfp_growth_pct', values: pct(p.tfpGrowth) },
    { name: 'exports_mn_usd', values: p.exports },
    ...Object.entries(p.indicators).map(([id, values]) => ({ name: `indicator_${id}`, values })),
  ];
}

/** Series by year as CSV, one row per year, ready for a spreadsheet. */
export function projectionToCsv(p: Projection): string {
  const cols = projectionColumns(p);
  const header = ['year', 'year_kind', ...cols.map((c) => c.name)];
  const rows = p.years.map((y, i) => [y, p.yearKinds[i]!, ...cols.map((c) => c.values[i]!)]);
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
