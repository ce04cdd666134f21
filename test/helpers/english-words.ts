import { MESSAGES } from '../../src/i18n/messages.ts';
import { GROUP_TEXT, PAGE_LABELS } from '../../web/src/labels.ts';

/**
 * Words of four letters or more that appear in an English label and may also appear on the
 * Vietnamese page: abbreviations and units used in Vietnamese too, proper nouns, format names and
 * the language switch's own "English".
 */
export const ALLOWED = new Set(
  ['GRDP', 'ICOR', 'Monte', 'Carlo', 'English', 'Index', 'JSON', 'xlsx', 'Excel', 'plancast'].map((w) =>
    w.toLowerCase(),
  ),
);

/** Every English word (≥ 4 letters) of the page and message label tables. */
export function englishWords(): Set<string> {
  const texts = [
    ...Object.values(PAGE_LABELS).map((t) => t.en),
    ...Object.values(MESSAGES).map((t) => t.en),
    ...Object.values(GROUP_TEXT).map((t) => t.en),
  ];
  const out = new Set<string>();
  for (const t of texts) for (const w of t.match(/[A-Za-z]{4,}/g) ?? []) out.add(w.toLowerCase());
  return out;
}
