import type { Lang } from '../schema/common.ts';

/**
 * A short title per problem code in both languages (the API's problem `title`, the page's notices).
 * Every code the code base emits must be here: a test scans src/ for `code: '…'` and checks.
 */
export const PROBLEM_TITLES: Record<string, Record<Lang, string>> = {
  invalid_json: { vi: 'Không phải JSON hợp lệ', en: 'Not valid JSON' },
  invalid_type: { vi: 'Sai kiểu dữ liệu', en: 'Wrong type' },
  invalid_value: { vi: 'Giá trị không hợp lệ', en: 'Invalid value' },
  out_of_range: { vi: 'Giá trị ngoài phạm vi cho phép', en: 'Value out of range' },
  unknown_field: { vi: 'Trường không xác định', en: 'Unknown field' },
  missing_year: { vi: 'Thiếu giá trị cho một năm', en: 'A year has no value' },
  year_outside_plan: { vi: 'Năm nằm ngoài kỳ kế hoạch', en: 'Year outside the plan' },
  unknown_indicator: { vi: 'Chỉ số không xác định', en: 'Unknown indicator' },
  unknown_series: { vi: 'Chuỗi số liệu không xác định', en: 'Unknown series' },
  unknown_model: { vi: 'Không có gói mô hình này', en: 'Unknown model pack' },
  wrong_model: { vi: 'Kịch bản thuộc gói mô hình khác', en: 'Scenario is for another model' },
  duplicate_id: { vi: 'Mã trùng lặp', en: 'Duplicate id' },
  not_found: { vi: 'Không tìm thấy', en: 'Not found' },
  too_large: { vi: 'Dữ liệu quá lớn', en: 'Too large' },
  custom: { vi: 'Dữ liệu không nhất quán', en: 'Inconsistent input' },
  busy: { vi: 'Máy chủ đang bận hoặc xử lý quá lâu', en: 'Server busy or the work took too long' },
  rate_limited: { vi: 'Quá nhiều yêu cầu', en: 'Too many requests' },
  level_not_positive: {
    vi: 'Các cú sốc cộng lại đưa giá trị tăng thêm về 0 hoặc âm',
    en: 'The shocks together take a level to zero or below',
  },
  not_a_file: { vi: 'Không phải tệp thông thường', en: 'Not a regular file' },
  invalid_formula: { vi: 'Công thức không hợp lệ', en: 'Invalid formula' },
  invalid_row: { vi: 'Dòng bảng tính không hợp lệ', en: 'Invalid spreadsheet row' },
  invalid_csv: { vi: 'Tệp CSV không hợp lệ', en: 'Invalid CSV file' },
  invalid_xlsx: { vi: 'Tệp xlsx không đọc được', en: 'Unreadable xlsx file' },
  no_source: { vi: 'Số liệu không có nguồn', en: 'A figure without a source' },
  estimate_not_marked: { vi: 'Số ước tính chưa được ghi chú', en: 'An estimate not marked as one' },
  exists: { vi: 'Thư mục đã tồn tại', en: 'Already exists' },
  unreadable: { vi: 'Không mở được tệp', en: 'The file cannot be opened' },
  unknown_scenario: { vi: 'Không có kịch bản này', en: 'Unknown scenario' },
  no_chromium: { vi: 'Không tìm thấy Chromium để in PDF', en: 'No Chromium to print the PDF' },
  unknown_format: { vi: 'Định dạng tệp không được hỗ trợ', en: 'Unsupported file format' },
  method_not_allowed: { vi: 'Phương thức không được phép', en: 'Method not allowed' },
  version_conflict: { vi: 'Đã có phiên bản mới hơn', en: 'A newer version exists' },
  too_many_versions: { vi: 'Quá nhiều phiên bản', en: 'Too many versions' },
  name_taken: { vi: 'Tên đã được dùng', en: 'Name already taken' },
};

/** The title of a problem code in a language (unknown codes fall back to a generic title). */
export function problemTitle(code: string, lang: Lang): string {
  return PROBLEM_TITLES[code]?.[lang] ?? (lang === 'vi' ? 'Dữ liệu không hợp lệ' : 'Invalid input');
}
