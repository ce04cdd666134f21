import type { Path } from '../model/projection.ts';
import { formatNumber, formatWithUnit, unitLabel } from '../i18n/format.ts';
import { t } from '../i18n/messages.ts';
import type { Lang } from '../schema/common.ts';
import type { TargetStatus } from '../targets/compare.ts';
import type { ScorecardRow } from '../targets/scorecard.ts';
import { describeGoal } from '../targets/describe-goal.ts';
import type { LoadedRun } from './load-run.ts';
import { colour, renderTable } from './table.ts';
import type { AsOfProgress } from '../solve/as-of-report.ts';
import type { Required } from '../solve/required.ts';
import { renderAsOf, requiredCell, requiredLabel } from '../solve/text.ts';

/** A scorecard row as `plancast run` shows it: with the lever value it requires and, as of a year, its progress. */
type RunRow = ScorecardRow & { required?: Required | null; asOf?: AsOfProgress | null };

const STATUS_COLOUR: Record<TargetStatus, 'green' | 'red' | 'yellow' | 'cyan' | 'grey'> = {
  met: 'green',
  exceeded: 'cyan',
  near: 'yellow',
  missed: 'red',
  'not-modelled': 'grey',
};

const STATUS_ICON: Record<TargetStatus, string> = {
  met: '✔',
  exceeded: '▲',
  near: '≈',
  missed: '✘',
  'not-modelled': '·',
};

/** The human report of a run: header, year table, scorecard, counts and the estimates note. */
export function renderRunReport(run: LoadedRun, lang: Lang, tty: boolean): string {
  const { pack, input, projection: p, scorecard } = run;
  const asOf = p.asOf !== null ? `, ${t('asOf', lang)} ${p.asOf}` : '';
  const head = `${pack.model.name[lang]} — ${input.name?.[lang] ?? t('unnamedScenario', lang)}${asOf}\n\n`;
  return (
    head +
    renderYears(run, lang) +
    '\n' +
    renderBudget(run, lang) +
    '\n' +
    renderScorecard(scorecard.rows, lang, tty) +
    renderCounts(run, lang) +
    renderProgress(scorecard.rows, lang)
  );
}

/** The local budget year by year and summed over the plan (DESIGN.md §3). */
function renderBudget(run: LoadedRun, lang: Lang): string {
  const p = run.projection;
  const n0 = (x: number) => formatNumber(x, lang, 0);
  const cols = [p.revenue, p.ownRevenue, p.transfers, p.recurrent, p.development, p.balance];
  const rows = p.years.map((y, i) => [
    String(y),
    ...cols.map((c) => n0(c[i]!)),
    formatNumber(p.selfBalance[i]! * 100, lang, 1),
  ]);
  const sum = (c: Path) => c.slice(1).reduce((a, b) => a + b, 0);
  rows.push([t('planTotal', lang), ...cols.map((c) => n0(sum(c))), '']);
  const keys = [
    'series.revenue',
    'series.ownRevenue',
    'series.transfers',
    'series.recurrent',
    'series.development',
    'series.balance',
    'series.selfBalance',
  ] as const;
  return (
    `${t('budget', lang)}\n` +
    renderTable([t('year', lang), ...keys.map((k) => t(k, lang))], rows, [
      'l',
      'r',
      'r',
      'r',
      'r',
      'r',
      'r',
      'r',
    ])
  );
}

function renderYears(run: LoadedRun, lang: Lang): string {
  const p = run.projection;
  const n1 = (x: number) => formatNumber(x, lang, 1);
  const n0 = (x: number) => formatNumber(x, lang, 0);
  const pct = (x: number) => formatNumber(x * 100, lang, 2);
  const rows = p.years.map((y, i) => [
    String(y),
    t(`yearKind.${p.yearKinds[i]!}`, lang),
    pct(p.growth[i]!),
    n0(p.grdpNominal[i]!),
    n1(p.perCapita[i]!),
    ['I', 'II', 'III', 'T'].map((s) => formatNumber(p.share[s as 'I'][i]! * 100, lang, 1)).join('/'),
    n0(p.revenue[i]!),
    pct(p.selfBalance[i]!),
    n0(p.investment[i]!),
    n0(p.exports[i]!),
  ]);
  const header = [
    t('year', lang),
    '',
    t('series.growth', lang),
    t('series.grdpNominal', lang),
    t('series.perCapita', lang),
    t('series.share', lang),
    t('series.revenue', lang),
    t('series.selfBalance', lang),
    t('series.investment', lang),
    t('series.exports', lang),
  ];
  return renderTable(header, rows, ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']);
}

/** With --as-of: per target, how far the actuals carried it and what the remaining years must deliver. */
function renderProgress(rows: readonly RunRow[], lang: Lang): string {
  return rows.some((r) => r.asOf)
    ? '\n' +
        renderAsOf(
          rows.map((r) => ({ ...r, asOf: r.asOf ?? null })),
          lang,
        )
    : '';
}

/** The scorecard as an aligned table; status as colour (TTY only) and always as text and icon. */
export function renderScorecard(rows: readonly RunRow[], lang: Lang, tty: boolean): string {
  const withRequired = rows.some((r) => r.required !== undefined);
  const body = rows.map((r) => {
    const status = `${STATUS_ICON[r.status]} ${t(`status.${r.status}`, lang)}${r.atBound ? ` (${t('atBound', lang)})` : ''}`;
    return [
      r.clause,
      `${r.name[lang]}${r.restsOnEstimates ? ' *' : ''}`,
      r.projected === null ? '–' : formatWithUnit(r.projected, r.unit, lang),
      `${describeGoal({ comparator: r.comparator, ...r.target }, lang)} ${unitLabel(r.unit, lang)}`,
      colour(status, STATUS_COLOUR[r.status], tty),
      r.gap === null ? '–' : formatNumber(r.gap, lang, r.unit === 'bn VND' || r.unit === 'mn USD' ? 0 : 2),
      ...(withRequired ? [requiredCell(r.required ?? null, lang)] : []),
    ];
  });
  return (
    `${t('scorecard', lang)}\n` +
    renderTable(
      [
        t('clause', lang),
        t('target', lang),
        t('projected', lang),
        t('goal', lang),
        t('status', lang),
        t('gap', lang),
        ...(withRequired ? [requiredLabel(lang)] : []),
      ],
      body,
      ['l', 'l', 'r', 'l', 'l', 'r', 'l'],
    )
  );
}

function renderCounts(run: LoadedRun, lang: Lang): string {
  const c = run.scorecard.counts;
  const parts = (['met', 'exceeded', 'near', 'missed', 'not-modelled'] as const).map(
    (s) => `${t(`status.${s}`, lang)} ${c[s]}`,
  );
  const anyEstimate = run.scorecard.rows.some((r) => r.restsOnEstimates);
  return `\n${t('summary', lang)}: ${parts.join(', ')}\n${anyEstimate ? t('estimateMark', lang) + '\n' : ''}`;
}
