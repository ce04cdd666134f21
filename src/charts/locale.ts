import type { Lang } from '../schema/common.ts';

/** d3-format locale definitions (vega `config.locale.number`): vi-VN `1.234,5`, en-US `1,234.5`. */
export const NUMBER_LOCALES = {
  vi: { decimal: ',', thousands: '.', grouping: [3], currency: ['', '\u00a0₫'] },
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''] },
} as const satisfies Record<
  Lang,
  { decimal: string; thousands: string; grouping: number[]; currency: string[] }
>;

/** d3-time-format locale definitions (vega `config.locale.time`). */
export const TIME_LOCALES = {
  vi: {
    dateTime: '%A, %e %B %Y, %X',
    date: '%d/%m/%Y',
    time: '%H:%M:%S',
    periods: ['SA', 'CH'],
    days: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'],
    shortDays: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
    months: [
      'Tháng 1',
      'Tháng 2',
      'Tháng 3',
      'Tháng 4',
      'Tháng 5',
      'Tháng 6',
      'Tháng 7',
      'Tháng 8',
      'Tháng 9',
      'Tháng 10',
      'Tháng 11',
      'Tháng 12',
    ],
    shortMonths: ['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12'],
  },
  en: {
    dateTime: '%x, %X',
    date: '%-m/%-d/%Y',
    time: '%-I:%M:%S %p',
    periods: ['AM', 'PM'],
    days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
} as const;

/** The vega-lite `config` shared by every chart: the language's locale, readable fonts, no chart border. */
export function chartConfig(lang: Lang): Record<string, unknown> {
  return {
    locale: { number: NUMBER_LOCALES[lang], time: TIME_LOCALES[lang] },
    font: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
    view: { stroke: null },
    // Per-item ARIA descriptions cost an expression evaluation per mark per update; the page renders
    // to canvas (where they are not exposed) and gives each chart a text label of its own instead.
    aria: false,
    axis: { labelFontSize: 11, titleFontSize: 11, titleFontWeight: 'normal', gridColor: '#e5e7eb' },
    legend: { orient: 'bottom', labelFontSize: 11, titleFontSize: 11, symbolSize: 80, labelLimit: 260 },
    title: { fontSize: 13, anchor: 'start', fontWeight: 600, subtitleFontSize: 11, subtitleColor: '#4b5563' },
  };
}
