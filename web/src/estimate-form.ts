import './estimate.css';
import type { Lang, LocalizedText } from '../../src/schema/common.ts';
import {
  ESTIMATE_FIELDS,
  ESTIMATE_RANGES,
  inEstimateRange,
  type EstimateField,
} from '../../src/schema/estimate.ts';
import type { ModelPack } from '../../src/schema/model-pack.ts';
import type { ScenarioSpec } from '../../src/schema/scenario.ts';
import { formatNumber } from '../../src/i18n/format.ts';
import { estimateYearOf } from '../../src/targets/verdict.ts';
import type { App } from './app.ts';
import type { EstimateValues } from './url-state.ts';

/**
 * "Enter this year's estimate" (issue 13): five figures for the first year not yet published
 * (2026 for Vinh Long, 2025 for Ben Tre) that the run then uses like published actuals of that
 * year, marked estimated (the scenario's `estimate`, src/model/estimate.ts). Nothing is written to a
 * file: the figures live in the view state and so in the URL. A bad value is refused here with the
 * field, the value and the allowed range (the scenario schema's ranges), and changes nothing.
 */

const W = {
  title: { vi: 'Ước tính năm {y}', en: 'This year’s estimate ({y})' },
  note: {
    vi: 'Nhập số ước tính của năm {y} (để trống nếu chưa có): kết quả được tính như có số liệu thực hiện của năm {y}, nhưng đánh dấu là ước tính. Dấu phẩy hoặc dấu chấm thập phân, không dấu phân cách nghìn.',
    en: 'Enter the {y} estimate (leave blank what is not known): the run uses it like published figures of {y}, marked as an estimate. Decimal point or comma, no thousands separator.',
  },
  apply: { vi: 'Áp dụng ước tính', en: 'Apply the estimate' },
  clear: { vi: 'Xoá ước tính', en: 'Clear the estimate' },
  bad: {
    vi: '{f}: "{v}" không hợp lệ; cho phép từ {min} đến {max}',
    en: '{f}: "{v}" is not allowed; allowed {min} to {max}',
  },
  above: { vi: 'trên {x}', en: 'above {x}' },
} satisfies Record<string, LocalizedText>;

const FIELD: Record<EstimateField, LocalizedText> = {
  growth: { vi: 'Tăng trưởng GRDP (%)', en: 'GRDP growth (%)' },
  perCapita: { vi: 'GRDP bình quân đầu người (triệu đồng)', en: 'GRDP per capita (million VND)' },
  revenue: { vi: 'Thu ngân sách (tỷ đồng)', en: 'Budget revenue (bn VND)' },
  investment: { vi: 'Vốn đầu tư (tỷ đồng)', en: 'Investment (bn VND)' },
  exports: { vi: 'Kim ngạch xuất khẩu (triệu USD)', en: 'Exports (million USD)' },
};

const fill = (s: string, vars: Record<string, string | number>) =>
  s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

/** The scenario with the page's estimate added (unchanged when the form is empty or every year is published). */
export function withEstimate(pack: ModelPack, spec: ScenarioSpec, values: EstimateValues): ScenarioSpec {
  const year = estimateYearOf(pack);
  if (year === null || Object.keys(values).length === 0) return spec;
  return { ...spec, estimate: { year, ...values } };
}

/** Reads one field as typed: '' → undefined, else a number (a decimal comma accepted) or NaN. */
export function readField(text: string): number | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const normal = t.includes('.') ? t : t.replace(',', '.');
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(normal) ? Number(normal) : NaN;
}

/** The message for a refused value, naming the field, the value and the range. */
export function refusal(f: EstimateField, text: string, lang: Lang): string {
  const r = ESTIMATE_RANGES[f];
  const n = (x: number) => formatNumber(x, lang, 0);
  const min = r.exclusiveMin ? fill(W.above[lang], { x: n(r.min) }) : n(r.min);
  return fill(W.bad[lang], { f: FIELD[f][lang], v: text.trim(), min, max: n(r.max) });
}

export class EstimateForm {
  readonly section = document.createElement('section');
  private readonly inputs = new Map<EstimateField, HTMLInputElement>();
  private readonly error = document.createElement('p');

  constructor(private readonly app: App) {
    this.section.id = 'estimate';
    this.section.className = 'estimate';
    this.error.id = 'estimate-error';
    this.error.className = 'estimate-error';
    this.error.setAttribute('role', 'alert');
    document.getElementById('verdict')!.after(this.section);
  }

  /** Builds the form in the state's language for the pack shown (after a pack or language switch). */
  build(): void {
    const lang = this.app.state.lang;
    const year = estimateYearOf(this.app.pack);
    this.section.hidden = year === null;
    if (year === null) return;
    const h = document.createElement('h2');
    h.id = 'estimate-title';
    h.textContent = fill(W.title[lang], { y: year });
    this.section.setAttribute('aria-labelledby', h.id);
    const note = document.createElement('p');
    note.className = 'estimate-note';
    note.textContent = fill(W.note[lang], { y: year });
    const form = document.createElement('form');
    form.id = 'estimate-form';
    form.noValidate = true;
    this.inputs.clear();
    for (const f of ESTIMATE_FIELDS) {
      const label = document.createElement('label');
      label.textContent = FIELD[f][lang];
      const input = document.createElement('input');
      input.type = 'text';
      input.inputMode = 'decimal';
      input.name = f;
      input.id = `est-${f}`;
      const v = this.app.state.estimate[f];
      input.value = v === undefined ? '' : String(v);
      label.append(input);
      form.append(label);
      this.inputs.set(f, input);
    }
    const apply = document.createElement('button');
    apply.type = 'submit';
    apply.id = 'estimate-apply';
    apply.textContent = W.apply[lang];
    const clear = document.createElement('button');
    clear.type = 'button';
    clear.id = 'estimate-clear';
    clear.textContent = W.clear[lang];
    form.append(apply, clear);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.apply();
    });
    clear.addEventListener('click', () => this.clear());
    this.error.textContent = '';
    this.section.replaceChildren(h, note, form, this.error);
  }

  /** Validates every field; all good: the estimate replaces the state's and the run is redone. */
  apply(): void {
    const lang = this.app.state.lang;
    const values: EstimateValues = {};
    const errors: string[] = [];
    for (const [f, input] of this.inputs) {
      const v = readField(input.value);
      if (v === undefined) continue;
      if (!inEstimateRange(f, v)) errors.push(refusal(f, input.value, lang));
      else values[f] = v;
    }
    this.error.textContent = errors.join('; ');
    if (errors.length > 0) return;
    this.app.state.estimate = values;
    this.app.setPending(this.app.refresh());
  }

  /** Empties the form and returns to the view without an estimate. */
  clear(): void {
    for (const input of this.inputs.values()) input.value = '';
    this.error.textContent = '';
    this.app.state.estimate = {};
    this.app.setPending(this.app.refresh());
  }
}
