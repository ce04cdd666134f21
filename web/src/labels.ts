import type { Lang, LocalizedText } from '../../src/schema/common.ts';
import { MESSAGES, type MessageKey } from '../../src/i18n/messages.ts';

/** Labels of the page itself (the shared ones come from src/i18n/messages.ts). */
const PAGE = {
  appTitle: { vi: 'Mô phỏng kế hoạch 5 năm', en: 'Five-year plan what-if' },
  language: { vi: 'Ngôn ngữ', en: 'Language' },
  pack: { vi: 'Kế hoạch', en: 'Plan' },
  preset: { vi: 'Kịch bản có sẵn', en: 'Preset scenario' },
  asOf: { vi: 'Dùng số liệu thực tế đến năm', en: 'Use actuals up to' },
  asOfNone: { vi: 'Không dùng (dự báo toàn kỳ)', en: 'None (project every year)' },
  assumptions: { vi: 'Giả định', en: 'Assumptions' },
  growthTitle: { vi: 'Tăng trưởng thực theo khu vực', en: 'Real growth by sector' },
  otherTitle: { vi: 'Giả định khác', en: 'Other assumptions' },
  shockTitle: { vi: 'Cú sốc', en: 'Shock' },
  shS: { vi: 'Khu vực chịu sốc', en: 'Sector hit' },
  shY: { vi: 'Năm xảy ra', en: 'Year' },
  shP: { vi: 'Độ lớn cú sốc', en: 'Shock size' },
  shR: { vi: 'Phục hồi mức vào năm sau', en: 'Level recovers the next year' },
  band: { vi: 'Nghị quyết', en: 'Resolution' },
  inBand: { vi: 'trong khoảng', en: 'within band' },
  outBand: { vi: 'ngoài khoảng', en: 'outside band' },
  reset: { vi: 'Về kịch bản có sẵn', en: 'Reset to preset' },
  uncertainty: { vi: 'Bất định (Monte Carlo)', en: 'Uncertainty (Monte Carlo)' },
  spreadsFrom: { vi: 'Độ bất định của tăng trưởng lấy theo', en: 'Growth spread from' },
  spreadsAuto: {
    vi: 'Tự chọn (sai số quá khứ nếu đủ số liệu)',
    en: 'Automatic (the record where there is enough of it)',
  },
  spreadsRecord: { vi: 'Sai số dự báo trong quá khứ', en: 'The record: past forecast errors' },
  spreadsDesign: { vi: 'Mặc định của mô hình (§9)', en: 'The model defaults (§9)' },
  spreadsUsedRecord: { vi: 'sai số quá khứ', en: 'the record' },
  spreadsUsedDesign: { vi: 'mặc định của mô hình', en: 'the model defaults' },
  /** Followed by σ, the source and n: "growth σ 2.59 pp (the record, n = 8)". */
  spreadsSigma: { vi: 'độ lệch chuẩn tăng trưởng', en: 'growth σ' },
  mcRunning: { vi: 'Đang mô phỏng…', en: 'Simulating…' },
  mcDone: { vi: 'Mô phỏng xong', en: 'Simulation done' },
  jointTitle: { vi: 'Số chỉ tiêu đạt cùng lúc', en: 'Targets met together' },
  jointAll: { vi: 'P(đạt mọi chỉ tiêu chính)', en: 'P(all headline targets met)' },
  jointK: { vi: 'Số chỉ tiêu đạt (trên {n} đánh giá được)', en: 'Targets met (of {n} assessable)' },
  jointShare: { vi: 'Tỷ lệ lần rút', en: 'Share of draws' },
  btTitle: { vi: 'Công cụ này dự báo đúng đến đâu', en: 'How well would this tool have told you' },
  btSub: {
    vi: 'Tỷ lệ số liệu công bố nằm trong khoảng 50 % và 80 % của dự báo lập từ các năm trước (vạch: mức danh nghĩa); n = {n}',
    en: 'Share of published figures inside the 50 % and 80 % bands forecast from earlier years (tick: nominal); n = {n}',
  },
  btPlan: { vi: 'Kế hoạch', en: 'Plan' },
  btTrend: { vi: 'Xu thế', en: 'Trend' },
  btGrowth: { vi: 'tăng trưởng GRDP', en: 'GRDP growth' },
  btReal: { vi: 'GRDP giá so sánh', en: 'real GRDP' },
  btBand: { vi: 'Khoảng', en: 'Band' },
  btCoverage: { vi: 'Tỷ lệ nằm trong khoảng', en: 'Share inside the band' },
  mcUnavailable: {
    vi: 'Chưa có mô-đun mô phỏng bất định trong bản dựng này',
    en: 'The uncertainty module is not in this build yet',
  },
  mcFailed: { vi: 'Mô phỏng lỗi', en: 'Simulation failed' },
  sensTitle: { vi: 'Độ nhạy', en: 'Sensitivity' },
  sensTarget: { vi: 'Chỉ tiêu', en: 'Target' },
  sensNote: {
    vi: 'Mỗi thanh: giá trị của chỉ tiêu khi một giả định giảm (cam) hoặc tăng (xanh) một bước (tăng trưởng ±1 điểm %, ICOR ±0,5, …), các giả định khác giữ nguyên. Thanh dài nhất ở trên cùng.',
    en: 'Each bar: the target’s value with one assumption lowered (orange) or raised (blue) by one step (growth ±1 pp, ICOR ±0.5, …), the others unchanged. Longest bar on top.',
  },
  sensUnavailable: {
    vi: 'Chưa có mô-đun phân tích độ nhạy trong bản dựng này',
    en: 'The sensitivity module is not in this build yet',
  },
  sensFailed: { vi: 'Phân tích độ nhạy lỗi', en: 'Sensitivity failed' },
  sensNone: {
    vi: 'Không giả định nào làm thay đổi chỉ tiêu này',
    en: 'No assumption moves this target',
  },
  downloads: { vi: 'Tải xuống', en: 'Downloads' },
  dlJson: { vi: 'Kịch bản (JSON)', en: 'Scenario (JSON)' },
  dlCsv: { vi: 'Chuỗi số liệu (CSV)', en: 'Series (CSV)' },
  dlCsvCard: { vi: 'Bảng chỉ tiêu (CSV)', en: 'Scorecard (CSV)' },
  dlXlsx: { vi: 'Sổ tính Excel (.xlsx)', en: 'Workbook (.xlsx)' },
  print: { vi: 'In tóm tắt', en: 'Print summary' },
  charts: { vi: 'Biểu đồ', en: 'Charts' },
  required: { vi: 'Cần gì để đạt', en: 'What it would take' },
  pMet: { vi: 'Xác suất đạt', en: 'P(met)' },
  counts: { vi: 'Số chỉ tiêu', en: 'Targets' },
  noticeBadLink: {
    vi: 'Liên kết không đọc được nên trang hiển thị kịch bản mặc định.',
    en: 'The link could not be read, so the page shows the default scenario.',
  },
  dismiss: { vi: 'Đóng', en: 'Dismiss' },
  edited: { vi: 'đã chỉnh', en: 'edited' },
  computing: { vi: 'đang tính…', en: 'computing…' },
  unreachable: { vi: 'không đạt được trong phạm vi', en: 'not reachable within range' },
  trend: { vi: 'xu hướng', en: 'trend' },
  notModelledNote: { vi: 'chỉ tiêu không mô hình hoá (không in)', en: 'targets not modelled (not printed)' },
  /** Followed by the name of the pack's default scenario. */
  baselineNote: { vi: 'Nét đứt xám: kịch bản gốc của kế hoạch,', en: 'Grey dashed: the plan baseline,' },
  skip: { vi: 'Bỏ qua đến kết quả', en: 'Skip to results' },
  viewMode: { vi: 'Cách xem', en: 'View' },
  /** Followed by the latest published year. */
  modeAsOf: { vi: 'Thực hiện đến', en: 'Published figures to' },
  modeWritten: { vi: 'Kế hoạch như đã viết', en: 'Plan as written' },
  filterStatus: { vi: 'Lọc theo đánh giá', en: 'Filter by status' },
  filterAll: { vi: 'Tất cả', en: 'All' },
  sortBy: { vi: 'Sắp xếp', en: 'Sort' },
  sortGroup: { vi: 'Theo nhóm', en: 'By group' },
  sortStatus: { vi: 'Theo đánh giá (không đạt trước)', en: 'By status (missed first)' },
  notModelledGroup: { vi: 'Chỉ tiêu chưa mô hình hoá', en: 'Targets not modelled' },
  show: { vi: 'Hiện', en: 'Show' },
  hide: { vi: 'Ẩn', en: 'Hide' },
  cardProjected: { vi: 'Dự báo', en: 'Projected' },
  cardGoal: { vi: 'Mục tiêu', en: 'Goal' },
  cardTake: { vi: 'Cần', en: 'Takes' },
} as const satisfies Record<string, LocalizedText>;

export type PageKey = keyof typeof PAGE;

export function L(key: PageKey | MessageKey, lang: Lang): string {
  // A key neither table knows (a status added later) shows as itself rather than breaking the page.
  return (
    (PAGE as Record<string, LocalizedText>)[key]?.[lang] ??
    (MESSAGES as Record<string, LocalizedText>)[key]?.[lang] ??
    String(key)
  );
}

export const GROUP_TEXT: Record<string, LocalizedText> = {
  economy: { vi: 'Kinh tế', en: 'Economy' },
  budget: { vi: 'Ngân sách', en: 'Budget' },
  'investment-trade': { vi: 'Đầu tư, thương mại', en: 'Investment and trade' },
  society: { vi: 'Xã hội', en: 'Society' },
  environment: { vi: 'Môi trường', en: 'Environment' },
  security: { vi: 'Quốc phòng, an ninh', en: 'Defence and security' },
  governance: { vi: 'Quản trị, đô thị', en: 'Governance and urban' },
};

/** Status icons: the status is always text and icon as well as colour. */
export const STATUS_ICON: Record<string, string> = {
  met: '✓',
  exceeded: '▲',
  near: '≈',
  missed: '✗',
  'cannot-assess': '?',
  'not-modelled': '○',
};

/** The option labels of the spreads menu. */
export const SPREADS_LABEL = {
  auto: 'spreadsAuto',
  record: 'spreadsRecord',
  design: 'spreadsDesign',
} as const satisfies Record<string, PageKey>;

/** The page's own label table (the English-word test reads its en values). */
export const PAGE_LABELS: Readonly<Record<string, LocalizedText>> = PAGE;
