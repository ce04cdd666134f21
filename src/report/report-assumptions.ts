import { assumptionText } from '../compare/assumption-text.ts';
import { assumptionValues } from '../compare/assumption-values.ts';
import { unitLabel } from '../i18n/format.ts';
import { t } from '../i18n/messages.ts';
import type { RunInput } from '../model/resolved-scenario.ts';
import type { Lang } from '../schema/common.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import { esc, table } from './html.ts';

/** A scenario as the assumptions table needs it: the resolved input and the file as written. */
export interface AssumptionRun {
  label: string;
  input: RunInput;
  /** The scenario as read (before resolution): which assumptions it sets itself. */
  spec: unknown;
}

/** Whether the scenario file sets `assumptions.<id>` itself (else the pack default applies). */
function setsItself(spec: unknown, id: string): boolean {
  let o: unknown = (spec as { assumptions?: unknown } | null)?.assumptions;
  for (const k of id.split('.')) {
    if (typeof o !== 'object' || o === null || !(k in o)) return false;
    o = (o as Record<string, unknown>)[k];
  }
  return true;
}

/** The pack's justification of a default (`growth.II` falls back to `growth`). English only in the packs. */
function justification(pack: ModelPack, id: string): string | undefined {
  const j = pack.model.justifications;
  return j[id] ?? j[id.split('.').slice(0, -1).join('.')];
}

/**
 * Every assumption of the runs with its value per scenario (file units) and where it comes from
 * (docs/model.md §5.4: an assumed value is the scenario's or the pack's default): set by the
 * scenario (which ones), or the pack default with the pack's justification (English only, so shown
 * in the English report; the Vietnamese one points to it).
 */
export function reportAssumptions(pack: ModelPack, runs: readonly AssumptionRun[], lang: Lang): string {
  const many = runs.length > 1;
  const perRun = runs.map((r) => assumptionValues(pack, r.input));
  const rows = perRun[0]!.map((a, k) => {
    const setBy = runs.map((r, i) => (setsItself(r.spec, a.id) ? i : -1)).filter((i) => i >= 0);
    const why = justification(pack, a.id);
    const source =
      setBy.length > 0
        ? `${t('setByScenario', lang)}${many ? ` ${setBy.map((i) => `[${i + 1}]`).join(' ')}` : ''}`
        : `${t('packDefault', lang)}${lang === 'en' && why ? `: ${why}` : ''}`;
    const values = perRun.map(
      (vs) => `<td class="num">${esc(assumptionText(vs[k]!.value, a.unit, lang))}</td>`,
    );
    return `<tr><td>${esc(a.label[lang])}</td><td>${esc(unitLabel(a.unit, lang))}</td>${values.join('')}<td class="note">${esc(source)}</td></tr>`;
  });
  const head = [
    t('assumption', lang),
    t('unit', lang),
    ...runs.map((r, k) => (many ? `[${k + 1}] ${r.label}` : r.label)),
    t('source', lang),
  ];
  return table(head, rows);
}
