import type { Lang } from '../schema/common.ts';

/** Every user-facing label of the CLI and the page, in both languages (one table, checked by a test). */
export const MESSAGES = {
  year: { vi: 'Năm', en: 'Year' },
  target: { vi: 'Chỉ tiêu', en: 'Target' },
  clause: { vi: 'Điều khoản', en: 'Clause' },
  projected: { vi: 'Dự báo', en: 'Projected' },
  goal: { vi: 'Mục tiêu', en: 'Goal' },
  status: { vi: 'Đánh giá', en: 'Status' },
  gap: { vi: 'Chênh lệch', en: 'Gap' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  kind: { vi: 'Loại', en: 'Kind' },
  modelled: { vi: 'Mô hình', en: 'Modelled' },
  estimateMark: { vi: '* dựa trên số liệu ước tính', en: '* rests on estimated base figures' },
  'status.met': { vi: 'đạt', en: 'met' },
  'status.exceeded': { vi: 'vượt', en: 'exceeded' },
  'status.near': { vi: 'gần đạt', en: 'near' },
  'status.missed': { vi: 'không đạt', en: 'missed' },
  'status.not-modelled': { vi: 'không mô hình hoá', en: 'not modelled' },
  'status.cannot-assess': { vi: 'chưa đánh giá được', en: 'cannot be assessed' },
  placeholderMark: {
    vi: '? dựa trên số liệu giả định chưa có nguồn hoặc suy ngược từ chính chỉ tiêu: chưa đánh giá được',
    en: '? rests on a placeholder base figure (no data, or back-cast from the target): cannot be assessed',
  },
  provenanceLegend: { vi: 'Nguồn gốc số liệu', en: 'Provenance of values' },
  'provenance.published': { vi: 'công bố', en: 'published' },
  'provenance.derived': { vi: 'tính từ số công bố', en: 'derived' },
  'provenance.assumed': { vi: 'giả định', en: 'assumed' },
  'provenance.estimated': { vi: 'ước tính', en: 'estimated' },
  'modelled.model': { vi: 'mô hình', en: 'model' },
  'modelled.trend': { vi: 'xu hướng', en: 'trend' },
  'modelled.no': { vi: 'không', en: 'no' },
  'series.growth': { vi: 'Tăng trưởng GRDP (%)', en: 'GRDP growth (%)' },
  'series.grdpNominal': { vi: 'GRDP giá hiện hành (tỷ đồng)', en: 'GRDP, current prices (bn VND)' },
  'series.grdpReal': { vi: 'GRDP giá so sánh 2010 (tỷ đồng)', en: 'GRDP, constant 2010 prices (bn VND)' },
  'series.perCapita': { vi: 'GRDP bình quân đầu người (triệu đồng)', en: 'GRDP per capita (mn VND)' },
  'series.share': { vi: 'Cơ cấu I/II/III/thuế (%)', en: 'Structure I/II/III/taxes (%)' },
  'series.revenue': { vi: 'Thu ngân sách (tỷ đồng)', en: 'Budget revenue (bn VND)' },
  'series.selfBalance': {
    vi: 'Tự cân đối chi thường xuyên (%)',
    en: 'Self-balance of recurrent spending (%)',
  },
  'series.balance': { vi: 'Cân đối ngân sách địa phương (tỷ đồng)', en: 'Local budget balance (bn VND)' },
  'series.investment': { vi: 'Vốn đầu tư toàn xã hội (tỷ đồng)', en: 'Social investment (bn VND)' },
  'series.exports': { vi: 'Kim ngạch xuất khẩu (triệu USD)', en: 'Exports (mn USD)' },
  'series.population': { vi: 'Dân số trung bình (nghìn người)', en: 'Average population (thousand)' },
  'series.ownRevenue': {
    vi: 'Thu địa phương được hưởng (tỷ đồng)',
    en: 'Revenue kept by the province (bn VND)',
  },
  'series.transfers': { vi: 'Bổ sung từ ngân sách trung ương (tỷ đồng)', en: 'Central transfers (bn VND)' },
  'series.recurrent': { vi: 'Chi thường xuyên (tỷ đồng)', en: 'Recurrent spending (bn VND)' },
  'series.development': { vi: 'Chi đầu tư phát triển (tỷ đồng)', en: 'Development spending (bn VND)' },
  asOf: { vi: 'số liệu thực tế đến năm', en: 'as of' },
  unnamedScenario: { vi: '(kịch bản chưa đặt tên)', en: '(unnamed scenario)' },
  targetsCount: { vi: 'chỉ tiêu', en: 'targets' },
  atBound: { vi: 'chạm ngưỡng', en: 'at its floor' },
  budget: { vi: 'Ngân sách địa phương', en: 'Local budget' },
  planTotal: { vi: 'Cộng kỳ kế hoạch', en: 'Plan total' },
  'yearKind.base': { vi: 'gốc', en: 'base' },
  'yearKind.actual': { vi: 'thực tế', en: 'actual' },
  'yearKind.partly-actual': { vi: 'thực tế một phần', en: 'partly actual' },
  'yearKind.projected': { vi: 'dự báo', en: 'projected' },
  scorecard: { vi: 'Bảng đánh giá chỉ tiêu', en: 'Target scorecard' },
  summary: { vi: 'Tổng hợp', en: 'Summary' },
  verdict: { vi: 'Kết luận', en: 'Verdict' },
  headline: { vi: 'Chỉ tiêu chính', en: 'Headline targets' },
  take: { vi: 'Cần gì để đạt', en: 'What it would take' },
  findings: { vi: 'Tính nhất quán của các chỉ tiêu', en: 'Consistency of the targets' },
  soFar: { vi: 'đến nay', en: 'so far' },
  yearsMet: { vi: 'năm đạt', en: 'years met' },
  progressTitle: {
    vi: 'Thực tế đến {a}: các năm còn lại phải đạt',
    en: 'Actuals through {a}: what the remaining years must deliver',
  },
  'library.saved': { vi: 'Đã lưu "{n}" phiên bản {v}', en: 'Saved "{n}" version {v}' },
  'library.name': { vi: 'Tên', en: 'Name' },
  'library.pack': { vi: 'Gói mô hình', en: 'Pack' },
  'library.versions': { vi: 'Số phiên bản', en: 'Versions' },
  'library.version': { vi: 'Phiên bản', en: 'Version' },
  'library.author': { vi: 'Người lưu', en: 'Author' },
  'library.note': { vi: 'Ghi chú', en: 'Note' },
  'library.savedAt': { vi: 'Lưu lúc', en: 'Saved at' },
  'library.empty': { vi: 'Thư viện kịch bản chưa có gì', en: 'The scenario library is empty' },
  'library.assumption': { vi: 'Giả định', en: 'Assumption' },
  'library.path': { vi: 'Đường dẫn', en: 'Path' },
  'library.from': { vi: 'Trước', en: 'From' },
  'library.to': { vi: 'Sau', en: 'To' },
  'library.unset': { vi: '(mặc định)', en: '(default)' },
  'library.diffTitle': { vi: '"{n}": phiên bản {a} → {b}', en: '"{n}": version {a} → {b}' },
  'library.noAssumptionChanges': { vi: 'Không giả định nào thay đổi', en: 'No assumption changed' },
  'library.statusChanges': { vi: 'Chỉ tiêu đổi đánh giá', en: 'Targets whose status changed' },
  'library.noStatusChanges': { vi: 'Không chỉ tiêu nào đổi đánh giá', en: 'No target changed status' },
  'library.exported': {
    vi: 'Đã xuất "{n}" ({v} phiên bản) ra {f}',
    en: 'Exported "{n}" ({v} versions) to {f}',
  },
  'library.imported': { vi: 'Đã nhập "{n}" ({v} phiên bản)', en: 'Imported "{n}" ({v} versions)' },
  'library.conflict': {
    vi: 'Đã có phiên bản mới hơn ({v}); hãy mở lại bản mới nhất rồi lưu',
    en: 'A newer version exists ({v}); open the latest and save again',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof MESSAGES;

/** Looks up a label in a language. */
export function t(key: MessageKey, lang: Lang): string {
  return MESSAGES[key][lang];
}

/** A label with its `{x}` placeholders filled in. */
export function tf(key: MessageKey, lang: Lang, values: Record<string, string | number>): string {
  return t(key, lang).replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
