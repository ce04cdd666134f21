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
import { renderNationalFrame } from './render-frame.ts';
import type { AsOfProgress } from '../solve/as-of-report.ts';
import type { Required } from '../solve/required.ts';
import { requiredLabel } from '../solve/text.ts';
import type { ConsistencyReport } from '../targets/consistency.ts';
import {
  gapText,
  headlineCards,
  leverWords,
  needWords,
  statusReason,
  valueText,
  verdict,
  verdictInput,
} from '../targets/verdict.ts';

/** A scorecard row as `plancast run` shows it: with the lever value it requires and, as of a year, its progress. */
type RunRow = ScorecardRow & { required?: Required | null; asOf?: AsOfProgress | null };

export const STATUS_COLOUR: Record<string, 'green' | 'red' | 'yellow' | 'cyan' | 'grey'> = {
  met: 'green',
  exceeded: 'cyan',
  near: 'yellow',
  missed: 'red',
  'cannot-assess': 'grey',
  'not-modelled': 'grey',
};

export const STATUS_ICON: Record<string, string> = {
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

/**
 * The human report of a run: the verdict and the headline targets first, then the year table,
 * budget, scorecard, counts, the consistency findings and (as of a year) the remaining years' need.
 */
export function renderRunReport(
  run: LoadedRun,
  lang: Lang,
  tty: boolean,
  consistency?: ConsistencyReport,
): string {
  const { pack, input, projection: p, scorecard } = run;
  const v = verdict(verdictInput(pack, p, scorecard.counts), lang);
  const head = `${pack.model.name[lang]} — ${input.name?.[lang] ?? t('unnamedScenario', lang)}\n\n`;
  return (
    head +
    renderVerdict(run, lang, tty, v) +
    '\n' +
    renderYears(run, lang) +
    provenanceLegend(lang) +
    '\n' +
    renderBudget(run, lang) +
    '\n' +
    renderScorecard(scorecard.rows, lang, tty) +
    renderCounts(run, lang) +
    renderNationalFrame(pack, lang, p) +
    (consistency ? renderFindings(consistency, lang) : '') +
    renderProgress(scorecard.rows, lang, run)
  );
}

/** The verdict (two to four sentences from the results) and the headline targets as a table. */
export function renderVerdict(
  run: LoadedRun,
  lang: Lang,
  tty: boolean,
  v = verdict(verdictInput(run.pack, run.projection, run.scorecard.counts), lang),
): string {
  const rows = run.scorecard.rows as readonly RunRow[];
  const cards = headlineCards(run.pack, rows, lang, {
    required: new Map(rows.map((r) => [r.id, r.required ?? null])),
    progress: new Map(rows.map((r) => [r.id, r.asOf ?? null])),
  });
  const body = cards.map((c) => [
    c.title,
    colour(
      `${STATUS_ICON[c.status as TargetStatus] ?? '?'} ${statusText(c.status, lang)}`,
      STATUS_COLOUR[c.status as TargetStatus] ?? 'grey',
      tty,
    ),
    c.projected,
    c.goal,
    c.take || c.reason,
  ]);
  return (
    `${t('verdict', lang)} — ${v.title}\n` +
    v.sentences.map((s) => `  ${s}\n`).join('') +
    '\n' +
    `${t('headline', lang)}\n` +
    renderTable(
      [t('target', lang), t('status', lang), t('projected', lang), t('goal', lang), t('take', lang)],
      body,
      ['l', 'l', 'r', 'l', 'l'],
    )
  );
}

/** A status in words; a status this build does not know is shown as it is. */
export function statusText(status: string, lang: Lang): string {
  const key = `status.${status}`;
  return (TARGET_STATUSES as readonly string[]).includes(status)
    ? t(key as `status.${TargetStatus}`, lang)
    : status;
}

const MARK = { ok: '✔', warning: '!', inconsistent: '✘' } as const;

/** The consistency findings of the pack (src/targets/consistency.ts), their own section. */
export function renderFindings(r: ConsistencyReport, lang: Lang): string {
  if (r.findings.length === 0) return '';
  return `\n${t('findings', lang)}\n${r.findings.map((f) => `${MARK[f.severity]} ${f.text[lang]}\n`).join('')}`;
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

/** As of a year: per target, how far the actuals carried it and what the remaining years must deliver. */
function renderProgress(rows: readonly RunRow[], lang: Lang, run: LoadedRun): string {
  const shown = rows.filter((r) => r.asOf);
  if (shown.length === 0) return '';
  const lines = shown.map((r) => {
    const a = r.asOf!;
    const soFar =
      a.soFar === null
        ? '–'
        : a.soFarKind === 'avgGrowth'
          ? `${formatNumber(a.soFar, lang, 2)} ${unitLabel('%/yr', lang)}`
          : a.soFarKind === 'yearsMet'
            ? `${a.soFar} ${t('yearsMet', lang)}`
            : valueText(a.soFar, r.unit, lang);
    const need = needWords(a, r.unit, lang);
    const mark = a.soFar === null ? '' : soFarMark(run, r.id, a);
    return `  ${r.clause}  ${r.name[lang]}: ${t('soFar', lang)} ${soFar}${mark}${need ? `; ${need}` : ''}`;
  });
  return (
    `\n${t('progressTitle', lang).replace('{a}', String(shown[0]!.asOf!.asOf))}\n${lines.join('\n')}\n` +
    provenanceLegend(lang)
  );
}

/**
 * The provenance mark of a so-far value: the weakest kind among the values it is made of (an
 * average growth: the yearly growth rates up to asOf; a level: its value in asOf; a sum or a count
 * of years: every year up to asOf). A sector's growth in a year that published only the total is
 * the eq. (33) split, an estimate, and is marked so rather than printed as fact. No mark for a
 * formula series.
 */
function soFarMark(run: LoadedRun, targetId: string, a: AsOfProgress): string {
  const target = run.pack.targets.find((x) => x.id === targetId);
  const prov = provenanceOf(run.pack, run.projection);
  const series = target?.series;
  if (!series || !prov.series[series]) return '';
  const growthOf = series === 'grdpReal' ? 'growth' : series.replace(/^real\./, 'sectorGrowth.');
  const key = a.soFarKind === 'avgGrowth' && prov.series[growthOf] ? growthOf : series;
  const last = run.projection.years.indexOf(a.asOf);
  const first = a.soFarKind === 'level' ? last : 1;
  let worst = 0;
  for (let i = first; i <= last; i++)
    worst = Math.max(worst, PROVENANCE_KINDS.indexOf(weakest(prov, [key], i)));
  return PROVENANCE_MARK[PROVENANCE_KINDS[worst]!];
}

/** The scorecard as an aligned table; status as colour (TTY only) and always as text and icon. */
export function renderScorecard(rows: readonly RunRow[], lang: Lang, tty: boolean): string {
  const withRequired = rows.some((r) => r.required !== undefined);
  const body = rows.map((r) => {
    const reason = statusReason(r, lang);
    const status = `${STATUS_ICON[r.status] ?? '?'} ${statusText(r.status, lang)}${r.atBound ? ` (${t('atBound', lang)})` : ''}${reason ? `, ${reason}` : ''}`;
    return [
      r.clause,
      `${r.name[lang]}${r.restsOnEstimates ? ' *' : ''}`,
      r.projected === null ? '–' : formatWithUnit(r.projected, r.unit, lang),
      `${describeGoal({ comparator: r.comparator, ...r.target }, lang)} ${unitLabel(r.unit, lang)}`,
      colour(status, STATUS_COLOUR[r.status] ?? 'grey', tty),
      r.gap === null || r.status === 'not-modelled'
        ? '–'
        : r.gap === 0
          ? '0'
          : `${r.gap > 0 ? '+' : '-'}${gapText(r.gap, r.unit, lang)}`,
      ...(withRequired ? [leverWords(r.required ?? null, lang) || '–'] : []),
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
  const parts = TARGET_STATUSES.map((s) => `${statusText(s, lang)} ${c[s]}`);
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
