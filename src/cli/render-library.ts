import { formatNumber } from '../i18n/format.ts';
import { t, tf } from '../i18n/messages.ts';
import type { Lang } from '../schema/common.ts';
import type { LibraryDiff, LibraryEntry, LibraryHistory, LibraryVersion } from '../schema/library.ts';
import { renderTable } from './table.ts';

/** `plancast scenarios list`: one line per saved scenario. */
export function renderList(list: readonly LibraryEntry[], lang: Lang): string {
  if (list.length === 0) return `${t('library.empty', lang)}\n`;
  return renderTable(
    [
      t('library.name', lang),
      t('library.pack', lang),
      t('library.versions', lang),
      t('library.savedAt', lang),
      t('library.author', lang),
      t('library.note', lang),
    ],
    list.map((e) => [
      e.name,
      e.pack,
      String(e.versions),
      e.latest.savedAt,
      e.latest.author,
      oneLine(e.latest.note),
    ]),
    ['l', 'l', 'r', 'l', 'l', 'l'],
  );
}

/** `plancast scenarios show`: the version's metadata, its scenario JSON, then the history. */
export function renderShow(v: LibraryVersion, h: LibraryHistory, lang: Lang): string {
  const head = `${v.name} (${v.pack}), ${t('library.version', lang)} ${v.version}/${h.versions.length}, ${v.savedAt}${v.author ? `, ${v.author}` : ''}\n`;
  const note = v.note ? `${t('library.note', lang)}: ${v.note}\n` : '';
  const history = renderTable(
    [
      t('library.version', lang),
      t('library.savedAt', lang),
      t('library.author', lang),
      t('library.note', lang),
    ],
    h.versions.map((x) => [String(x.version), x.savedAt, x.author, oneLine(x.note)]),
    ['r', 'l', 'l', 'l'],
  );
  return `${head}${note}\n${JSON.stringify(v.scenario, null, 2)}\n\n${history}`;
}

/** `plancast scenarios diff`: the changed assumptions, then the targets whose status changed. */
export function renderDiff(d: LibraryDiff, lang: Lang): string {
  const value = (x: number | string | boolean | null) =>
    x === null ? t('library.unset', lang) : typeof x === 'number' ? formatNumber(x, lang, 2) : String(x);
  const status = (s: string) => (s === '—' ? s : t(`status.${s}` as Parameters<typeof t>[0], lang));
  const parts = [`${tf('library.diffTitle', lang, { n: d.name, a: d.from, b: d.to })}\n\n`];
  parts.push(
    d.assumptions.length === 0
      ? `${t('library.noAssumptionChanges', lang)}\n`
      : renderTable(
          [
            t('library.assumption', lang),
            t('library.path', lang),
            t('library.from', lang),
            t('library.to', lang),
          ],
          d.assumptions.map((c) => [c.label[lang], c.path, value(c.from), value(c.to)]),
          ['l', 'l', 'r', 'r'],
        ),
  );
  parts.push(
    d.statuses.length === 0
      ? `\n${t('library.noStatusChanges', lang)}\n`
      : `\n${t('library.statusChanges', lang)}\n` +
          renderTable(
            ['id', t('target', lang), t('library.from', lang), t('library.to', lang)],
            d.statuses.map((s) => [s.id, s.name[lang], status(s.from), status(s.to)]),
            ['l', 'l', 'l', 'l'],
          ),
  );
  return parts.join('');
}

const oneLine = (s: string) => {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
};
