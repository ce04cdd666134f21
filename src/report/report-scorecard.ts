import { targetRows } from '../compare/compare-scenarios.ts';
import { formatWithUnit, unitLabel } from '../i18n/format.ts';
import { t } from '../i18n/messages.ts';
import type { Lang } from '../schema/common.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import { describeGoal } from '../targets/describe-goal.ts';
import type { Scorecard } from '../targets/scorecard.ts';
import { gapText } from '../targets/verdict.ts';
import { esc, table } from './html.ts';

/** Marks a row whose statuses differ between the scenarios (as `plancast compare` does). */
const DIFFERS = '≠';

/**
 * The scorecard grouped as in the resolution: a heading row per clause, then its targets; one
 * column per scenario (value and status, with the gap for a single scenario); rows whose statuses
 * differ marked. Targets no scenario models are left out (the counts still include them).
 */
export function reportScorecard(
  pack: ModelPack,
  runs: readonly { label: string; scorecard: Scorecard }[],
  lang: Lang,
): string {
  const many = runs.length > 1;
  const rows: string[] = [];
  let clause = '';
  for (const r of targetRows(pack, runs)) {
    if (r.cells.every((c) => c.status === 'not-modelled')) continue;
    if (r.clause !== clause) {
      clause = r.clause;
      rows.push(
        `<tr class="clause"><td colspan="${runs.length + 3}">${esc(`${t('clause', lang)} ${clause}`)}</td></tr>`,
      );
    }
    const cells = r.cells.map((c) => {
      const value = c.projected === null ? '–' : formatWithUnit(c.projected, r.unit, lang);
      const gap =
        !many && c.gap !== null && c.gap !== 0
          ? ` (${c.gap > 0 ? '+' : '−'}${gapText(c.gap, r.unit, lang)})`
          : '';
      return `<td class="num status-${c.status}">${esc(`${value}${c.restsOnEstimates ? ' *' : ''}`)}<br>${esc(t(`status.${c.status}`, lang) + gap)}</td>`;
    });
    const goal = `${describeGoal({ comparator: r.comparator, ...r.target }, lang)} ${unitLabel(r.unit, lang)}`;
    rows.push(
      `<tr${r.differs ? ' class="differs"' : ''}><td>${esc(r.name[lang])}</td><td>${esc(goal)}</td>${cells.join('')}<td>${r.differs ? DIFFERS : ''}</td></tr>`,
    );
  }
  const head = [
    t('target', lang),
    t('goal', lang),
    ...runs.map((r, k) => (many ? `[${k + 1}] ${r.label}` : t('projected', lang))),
    '',
  ];
  const notes = [t('estimateMark', lang), ...(many ? [`${DIFFERS} ${t('differsMark', lang).slice(2)}`] : [])];
  return table(head, rows) + notes.map((n) => `<p class="note">${esc(n)}</p>`).join('');
}
