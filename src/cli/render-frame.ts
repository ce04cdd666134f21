import { formatNumber, unitLabel } from '../i18n/format.ts';
import type { Projection } from '../model/projection.ts';
import type { Lang, LocalizedText } from '../schema/common.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import { frameRows, type FrameRow } from '../targets/national-frame.ts';
import { renderTable } from './table.ts';

/**
 * The national goals a pack cites, as a reference table after the scorecard (`plancast run`) or
 * the target list (`plancast targets`): the goal as written, in the provincial series' unit, and
 * the province's projected value. No status column: they are never scored.
 */

const W = {
  title: {
    vi: 'Mục tiêu cả nước (tham chiếu, không chấm điểm)',
    en: 'National goals (reference, never scored)',
  },
  goal: { vi: 'Mục tiêu cả nước', en: 'National goal' },
  asWritten: { vi: 'Như văn bản', en: 'As written' },
  inUnit: { vi: 'Quy đổi', en: 'In the province’s unit' },
  projected: { vi: 'Tỉnh (dự báo)', en: 'Province (projected)' },
  source: { vi: 'Nguồn', en: 'Source' },
  rate: { vi: 'Tỷ giá', en: 'Exchange rate' },
} satisfies Record<string, LocalizedText>;

const sign = (r: FrameRow) => (r.goal.comparator === 'atLeast' ? '≥' : '≈');

/** The table, or '' when the pack cites no frame; `p`: a run to set the province's values beside. */
export function renderNationalFrame(pack: ModelPack, lang: Lang, p?: Projection): string {
  const frame = pack.model.nationalFrame;
  if (!frame) return '';
  const rows = frameRows(pack, p ?? null);
  const n = (x: number | null, unit: string) =>
    x === null
      ? '–'
      : `${formatNumber(x, lang, Number.isInteger(x) ? 0 : unit === 'mn VND' ? 1 : 2)} ${unitLabel(unit, lang)}`;
  const body = rows.map((r) => [
    r.goal.name[lang],
    `${sign(r)} ${n(r.goal.value, r.goal.unit)}`,
    r.goal.unit === r.unit ? '' : `${sign(r)} ${n(r.value, r.unit)}`,
    ...(p ? [n(r.projected, r.unit)] : []),
  ]);
  const header = [W.goal[lang], W.asWritten[lang], W.inUnit[lang], ...(p ? [W.projected[lang]] : [])];
  const rates = rows
    .filter((r) => r.goal.vndPerUsd)
    .map((r) => {
      const f = r.goal.vndPerUsd!;
      return `${W.rate[lang]}: ${formatNumber(f.value, lang, 0)} VND/USD (${f.series ?? 'assumption'}: ${f.estimate ?? f.source})\n`;
    });
  return (
    `\n${W.title[lang]} — ${frame.name[lang]}\n` +
    renderTable(
      header,
      body,
      header.map((_, i) => (i === 0 ? 'l' : 'r')),
    ) +
    `${W.source[lang]}: ${frame.source}\n` +
    rates.join('')
  );
}
