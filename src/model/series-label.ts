import { SECTOR_WORDS } from '../core/sector-names.ts';
import type { Sector } from '../core/sectors.ts';
import type { Lang, LocalizedText } from '../schema/common.ts';
import { OUTPUTS, type OutputVariable } from './variables.ts';

/**
 * The label of a series key as the reports print it: an output of the variable list (`growth`), or
 * one sector of a per-sector output (`share.II`: the output's `sectorLabel`, else its label with the
 * sector's name before the unit, "Value added, constant prices, sector II (bn VND)"). Undefined for
 * a key the list does not declare.
 */
export function seriesLabel(key: string): LocalizedText | undefined {
  const [id, sector, ...rest] = key.split('.');
  const o: OutputVariable | undefined = OUTPUTS.find((x) => x.id === id);
  if (!o || rest.length > 0) return undefined;
  if (sector === undefined) return o.perSector ? undefined : o.label;
  const words = (SECTOR_WORDS as Record<string, LocalizedText>)[sector as Sector];
  if (!o.perSector || !words || sector === 'all') return undefined;
  const one = (lang: Lang): string =>
    o.sectorLabel
      ? o.sectorLabel[lang].replace('{s}', words[lang])
      : o.label[lang].replace(/( \([^)]*\))?$/, (unit) => `, ${words[lang]}${unit}`);
  return { vi: one('vi'), en: one('en') };
}
