import type { Path } from '../model/projection.ts';
import { formatNumber, formatWithUnit, unitLabel } from '../i18n/format.ts';
import { t } from '../i18n/messages.ts';
import type { Lang } from '../schema/common.ts';
import { PROVENANCE_KINDS, provenanceOf, type Provenance, type ProvenanceKind } from '../model/provenance.ts';
import { TARGET_STATUSES, type TargetStatus } from '../targets/compare.ts';
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
  'cannot-assess': 'grey',
  'not-modelled': 'grey',
};

const STATUS_ICON: Record<TargetStatus, string> = {
  met: '✔',
  exceeded: '▲',
  near: '≈',
  missed: '✘',
  'cannot-assess': '?',
  'not-modelled': '·',
};

/** The mark after each value of the year table: where the number comes from (docs/model.md §5.4). */
const PROVENANCE_MARK: Record<ProvenanceKind, string> = {
  published: '§',
  derived: '+',
  assumed: '~',
  estimated: '*',
};

/** The legend of the marks, in the reader's language. */
export function provenanceLegend(lang: Lang): string {
  const items = PROVENANCE_KINDS.map((k) => `${PROVENANCE_MARK[k]} ${t(`provenance.${k}`, lang)}`);
  return `${t('provenanceLegend', lang)}: ${items.join(', ')}\n`;
}

/** The human report of a run: header, year table, scorecard, counts and the estimates note. */
export function renderRunReport(run: LoadedRun, lang: Lang, tty: boolean): string {
  const { pack, input, projection: p, scorecard } = run;
  const asOf = p.asOf !== null ? `, ${t('asOf', lang)} ${p.asOf}` : '';
  const head = `${pack.model.name[lang]} — ${input.name?.[lang] ?? t('unnamedScenario', lang)}${asOf}\n\n`;
  return (
    head +
    renderYears(run, lang) +
    provenanceLegend(lang) +
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
  const prov = provenanceOf(run.pack, p);
  const mark = (keys: string[], i: number) => PROVENANCE_MARK[weakest(prov, keys, i)];
  const n1 = (x: number) => formatNumber(x, lang, 1);
  const n0 = (x: number) => formatNumber(x, lang, 0);
  const pct = (x: number) => formatNumber(x * 100, lang, 2);
  const shares = ['I', 'II', 'III', 'T'] as const;
  const rows = p.years.map((y, i) => [
    String(y),
    t(`yearKind.${p.yearKinds[i]!}`, lang),
    pct(p.growth[i]!) + mark(['growth'], i),
    n0(p.grdpNominal[i]!) + mark(['grdpNominal'], i),
    n1(p.perCapita[i]!) + mark(['perCapita'], i),
    shares.map((s) => formatNumber(p.share[s][i]! * 100, lang, 1)).join('/') +
      mark(
        shares.map((s) => `share.${s}`),
        i,
      ),
    n0(p.revenue[i]!) + mark(['revenue'], i),
    pct(p.selfBalance[i]!) + mark(['selfBalance'], i),
    n0(p.investment[i]!) + mark(['investment'], i),
    n0(p.exports[i]!) + mark(['exports'], i),
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
  const parts = TARGET_STATUSES.map((s) => `${t(`status.${s}`, lang)} ${c[s]}`);
  const anyEstimate = run.scorecard.rows.some((r) => r.restsOnEstimates);
  const anyPlaceholder = c['cannot-assess'] > 0;
  return (
    `\n${t('summary', lang)}: ${parts.join(', ')}\n` +
    (anyEstimate ? t('estimateMark', lang) + '\n' : '') +
    (anyPlaceholder ? t('placeholderMark', lang) + '\n' : '')
  );
}

/** The weakest provenance among several series in one year (a cell showing all of them gets that mark). */
function weakest(prov: Provenance, keys: string[], i: number): ProvenanceKind {
  let worst = 0;
  for (const k of keys) {
    const kind = prov.series[k]?.kind[i];
    if (kind) worst = Math.max(worst, PROVENANCE_KINDS.indexOf(kind));
  }
  return PROVENANCE_KINDS[worst]!;
}
