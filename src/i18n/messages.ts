import { OUTPUTS, type OutputId } from '../model/variables.ts';
import type { Lang, LocalizedText } from '../schema/common.ts';

/** Output series names (`series.growth`), from the variable list (src/model/variables.ts). */
const SERIES_NAMES = Object.fromEntries(OUTPUTS.map((o) => [`series.${o.id}`, o.label])) as Record<
  `series.${OutputId}`,
  LocalizedText
>;

/** Every user-facing label of the CLI and the page, in both languages (one table, checked by a test). */
export const MESSAGES = {
  ...SERIES_NAMES,
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
  'library.title': { vi: 'Thư viện kịch bản', en: 'Scenario library' },
  'library.save': { vi: 'Lưu thành phiên bản mới', en: 'Save as a new version' },
  'library.saved-list': { vi: 'Kịch bản đã lưu', en: 'Saved scenarios' },
  'library.open': { vi: 'Mở', en: 'Open' },
  'library.history': { vi: 'Các phiên bản', en: 'Versions' },
  'library.compare': { vi: 'So với bản trước', en: 'Changes from the previous' },
  'library.opened': { vi: 'Đang mở "{n}" phiên bản {v}', en: 'Showing "{n}" version {v}' },
  'library.unavailable': {
    vi: 'Thư viện kịch bản cần máy chủ plancast (npm start)',
    en: 'The scenario library needs the plancast server (npm start)',
  },
  'library.failed': { vi: 'Không thực hiện được', en: 'Could not be done' },
  'library.conflict': {
    vi: 'Đã có phiên bản mới hơn ({v}); hãy mở lại bản mới nhất rồi lưu',
    en: 'A newer version exists ({v}); open the latest and save again',
  },
  compareTitle: { vi: 'So sánh kịch bản', en: 'Scenario comparison' },
  scenarios: { vi: 'Kịch bản', en: 'Scenarios' },
  differsMark: {
    vi: '≠ các kịch bản có đánh giá khác nhau',
    en: '≠ the scenarios get different statuses',
  },
  assumptionsDiffer: { vi: 'Giả định khác nhau giữa các kịch bản', en: 'Assumptions that differ' },
  noAssumptionsDiffer: {
    vi: 'Các kịch bản có cùng mọi giả định.',
    en: 'The scenarios share every assumption.',
  },
  reportTitle: { vi: 'Báo cáo kịch bản kế hoạch', en: 'Plan scenario report' },
  reportDate: { vi: 'Ngày lập', en: 'Prepared on' },
  keyCharts: { vi: 'Biểu đồ chính', en: 'Key charts' },
  assumptionSources: { vi: 'Giả định và nguồn', en: 'Assumptions and their sources' },
  assumption: { vi: 'Giả định', en: 'Assumption' },
  source: { vi: 'Nguồn', en: 'Source' },
  setByScenario: { vi: 'do kịch bản đặt', en: 'set by the scenario' },
  packDefault: { vi: 'mặc định của bộ mô hình', en: 'pack default' },
  methodNote: { vi: 'Ghi chú phương pháp', en: 'Method note' },
  methodText: {
    vi: 'Mỗi kịch bản được tính từng năm bằng cùng một mô hình (tăng trưởng thực từng khu vực, chỉ số giảm phát, dân số, thu ngân sách theo tỷ lệ GRDP, vốn đầu tư theo ICOR, xuất khẩu). Các năm đã có số liệu thực hiện dùng số công bố; các năm sau dùng giả định. Mỗi chỉ tiêu của Nghị quyết được đánh giá bằng cùng một bộ chấm điểm: đạt, vượt, gần đạt (trong sai số cho phép), không đạt; chỉ tiêu dựa trên số liệu chưa có nguồn thì chưa đánh giá được.',
    en: 'Each scenario is projected year by year with one model (real growth per sector, deflators, population, budget revenue as a share of GRDP, investment through ICOR, exports). Years with published figures use them; later years use the assumptions. Every target of the resolution is judged by one scorer: met, exceeded, near (within the stated tolerance), missed; a target resting on a figure with no source cannot be assessed.',
  },
  contents: { vi: 'Nội dung', en: 'Contents' },
  compareWith: { vi: 'So sánh với (tối đa 3 kịch bản)', en: 'Compare with (up to 3 scenarios)' },
  currentScenario: { vi: 'Kịch bản đang xem', en: 'Current scenario' },
  reportButton: { vi: 'Báo cáo', en: 'Report' },
  reportFailed: { vi: 'Không tạo được báo cáo', en: 'The report could not be made' },
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
