import type { CompareResult } from '../compare/compare-result.ts';
import { formatWithUnit, unitLabel } from '../i18n/format.ts';
import { assumptionText } from '../compare/assumption-text.ts';
import { t } from '../i18n/messages.ts';
import type { Lang } from '../schema/common.ts';
import { TARGET_STATUSES } from '../targets/compare.ts';
import { describeGoal } from '../targets/describe-goal.ts';
import { STATUS_COLOUR, STATUS_ICON, statusText } from './render-run.ts';
import { colour, renderTable } from './table.ts';

/** The mark of a row whose statuses differ between the scenarios. */
export const DIFFERS_MARK = '≠';

/** A scenario's column head: its number and how it was referred to. */
export const columnHead = (c: CompareResult, k: number) => `[${k + 1}] ${c.scenarios[k]!.label}`;

/**
 * The comparison as text: the scenarios, the scorecard with one column per scenario (status icon
 * and value) and differences marked, each scenario's counts, then the assumptions that differ.
 */
export function renderCompare(c: CompareResult, lang: Lang, tty: boolean): string {
  const names = c.scenarios.map(
    (s, k) =>
      `  ${columnHead(c, k)}${s.name ? ` — ${s.name[lang]}` : ''}${s.asOf !== null ? ` (${t('asOf', lang)} ${s.asOf})` : ''}\n`,
  );
  return (
    `${c.model.name[lang]} — ${t('compareTitle', lang)}\n\n${t('scenarios', lang)}\n${names.join('')}\n` +
    renderCompareScorecard(c, lang, tty) +
    '\n' +
    renderAssumptionDiffs(c, lang)
  );
}

function renderCompareScorecard(c: CompareResult, lang: Lang, tty: boolean): string {
  const rows = c.targets.filter((r) => r.cells.some((x) => x.status !== 'not-modelled'));
  const body = rows.map((r) => [
    r.clause,
    r.name[lang],
    `${describeGoal({ comparator: r.comparator, ...r.target }, lang)} ${unitLabel(r.unit, lang)}`,
    ...r.cells.map((x) =>
      colour(
        `${STATUS_ICON[x.status] ?? '?'} ${x.projected === null ? '–' : formatWithUnit(x.projected, r.unit, lang)}${x.restsOnEstimates ? ' *' : ''}`,
        STATUS_COLOUR[x.status] ?? 'grey',
        tty,
      ),
    ),
    r.differs ? DIFFERS_MARK : '',
  ]);
  const icons = TARGET_STATUSES.map((s) => `${STATUS_ICON[s]} ${statusText(s, lang)}`).join(', ');
  const counts = c.scenarios.map(
    (s, k) =>
      `  ${columnHead(c, k)}: ${TARGET_STATUSES.map((st) => `${statusText(st, lang)} ${s.counts[st] ?? 0}`).join(', ')}\n`,
  );
  return (
    `${t('scorecard', lang)}\n` +
    renderTable(
      [
        t('clause', lang),
        t('target', lang),
        t('goal', lang),
        ...c.scenarios.map((_, k) => columnHead(c, k)),
        '',
      ],
      body,
      ['l', 'l', 'l', ...c.scenarios.map(() => 'r' as const), 'l'],
    ) +
    `${icons}\n${DIFFERS_MARK} ${t('differsMark', lang).slice(2)}\n${t('estimateMark', lang)}\n\n` +
    `${t('summary', lang)}\n${counts.join('')}`
  );
}

function renderAssumptionDiffs(c: CompareResult, lang: Lang): string {
  if (c.assumptions.length === 0)
    return `${t('assumptionsDiffer', lang)}\n${t('noAssumptionsDiffer', lang)}\n`;
  const body = c.assumptions.map((a) => [
    a.label[lang],
    unitLabel(a.unit, lang),
    ...a.values.map((v) => assumptionText(v, a.unit, lang)),
  ]);
  return (
    `${t('assumptionsDiffer', lang)}\n` +
    renderTable(
      [t('assumption', lang), t('unit', lang), ...c.scenarios.map((_, k) => columnHead(c, k))],
      body,
      ['l', 'l', ...c.scenarios.map(() => 'r' as const)],
    )
  );
}
