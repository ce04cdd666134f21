import { SECTORS } from '../../src/core/sectors.ts';
import { formatNumber, unitLabel } from '../../src/i18n/format.ts';
import type { Lang } from '../../src/schema/common.ts';
import { SECTOR_TEXT } from '../../src/charts/input.ts';
import { controlLabel, type ControlDef, type ControlKey } from './controls-def.ts';
import { L } from './labels.ts';

type Bands = Partial<Record<ControlKey, { min: number; max: number } | null>>;

const GROUPS: { title: 'growthTitle' | 'otherTitle' | 'shockTitle'; keys: ControlKey[] }[] = [
  { title: 'growthTitle', keys: ['gI', 'gII', 'gIII', 'gT'] },
  { title: 'otherTitle', keys: ['defl', 'pop', 'rev', 'icor', 'inv', 'exp'] },
  { title: 'shockTitle', keys: ['shS', 'shY', 'shP', 'shR'] },
];

/** The assumption controls: labelled sliders (keyboard operable natively), the resolution's bands beside them. */
export class Controls {
  private inputs = new Map<ControlKey, HTMLInputElement | HTMLSelectElement>();
  private outputs = new Map<ControlKey, HTMLOutputElement>();
  private bandNotes = new Map<ControlKey, HTMLElement>();
  private lang: Lang = 'vi';

  constructor(
    private readonly host: HTMLElement,
    private readonly defs: Record<ControlKey, ControlDef>,
    private readonly bands: Bands,
    private readonly onInput: (key: ControlKey, value: number) => void,
  ) {}

  build(lang: Lang, values: Record<ControlKey, number>): void {
    this.lang = lang;
    this.inputs.clear();
    this.outputs.clear();
    this.bandNotes.clear();
    this.host.replaceChildren();
    for (const g of GROUPS) {
      const fs = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = L(g.title, lang);
      fs.append(legend);
      for (const key of g.keys) if (!this.defs[key].hidden) fs.append(this.control(key, values[key]));
      this.host.append(fs);
    }
    this.setValues(values);
  }

  private control(key: ControlKey, value: number): HTMLElement {
    const def = this.defs[key];
    const wrap = document.createElement('div');
    wrap.className = `ctl ctl-${key}`;
    const id = `ctl-${key}`;
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = controlLabel(key, this.lang);
    let input: HTMLInputElement | HTMLSelectElement;
    if (key === 'shS' || key === 'shY') {
      const sel = document.createElement('select');
      const options =
        key === 'shS'
          ? SECTORS.map((s, i) => [String(i), SECTOR_TEXT[s]![this.lang]] as const)
          : Array.from(
              { length: def.max - def.min + 1 },
              (_, i) => [String(def.min + i), String(def.min + i)] as const,
            );
      for (const [v, text] of options) sel.add(new Option(text, v));
      input = sel;
      input.addEventListener('change', () => this.onInput(key, Number(input.value)));
      wrap.append(label, input);
    } else if (key === 'shR') {
      const cb = document.createElement('input');
      cb.type = 'checkbox';
      input = cb;
      cb.addEventListener('change', () => this.onInput(key, cb.checked ? 1 : 0));
      wrap.classList.add('ctl-check');
      wrap.append(cb, label);
    } else {
      const range = document.createElement('input');
      range.type = 'range';
      range.min = String(def.min);
      range.max = String(def.max);
      range.step = String(def.step);
      input = range;
      const out = document.createElement('output');
      out.htmlFor.add(id);
      this.outputs.set(key, out);
      range.addEventListener('input', () => this.onInput(key, Number(range.value)));
      const row = document.createElement('div');
      row.className = 'slider-row';
      row.append(range, out);
      wrap.append(label, row);
      const band = this.bands[key];
      if (band) wrap.append(...this.bandParts(key, def, band));
    }
    input.id = id;
    input.dataset.key = key;
    void value;
    this.inputs.set(key, input);
    return wrap;
  }

  private bandParts(key: ControlKey, def: ControlDef, band: { min: number; max: number }): HTMLElement[] {
    const track = document.createElement('div');
    track.className = 'band-track';
    track.setAttribute('aria-hidden', 'true');
    const span = document.createElement('span');
    span.className = 'band';
    const lo = Math.max(def.min, band.min);
    const hi = Math.min(def.max, band.max);
    span.style.left = `${((lo - def.min) / (def.max - def.min)) * 100}%`;
    span.style.width = `${Math.max(0.8, ((hi - lo) / (def.max - def.min)) * 100)}%`;
    track.append(span);
    const note = document.createElement('small');
    note.className = 'band-note';
    note.id = `band-${key}`;
    this.inputs.get(key);
    this.bandNotes.set(key, note);
    return [track, note];
  }

  /** Shows values (e.g. after a preset change or a restored link) without firing input events. */
  setValues(values: Record<ControlKey, number>): void {
    for (const [key, input] of this.inputs) {
      const v = values[key];
      if (input instanceof HTMLInputElement && input.type === 'checkbox') input.checked = v === 1;
      else input.value = String(v);
      this.showValue(key, v);
    }
  }

  /** Updates the value read-out and the band note of one slider. */
  showValue(key: ControlKey, v: number): void {
    const def = this.defs[key];
    const out = this.outputs.get(key);
    const unit =
      def.unit === 'pp'
        ? this.lang === 'vi'
          ? 'điểm %'
          : 'pp'
        : def.unit === '% GRDP'
          ? '% GRDP'
          : def.unit === 'ICOR'
            ? ''
            : unitLabel(def.unit, this.lang);
    const text = `${formatNumber(v, this.lang, def.step < 0.1 ? 2 : 1)}${unit ? ` ${unit}` : ''}`;
    if (out) out.value = text;
    const input = this.inputs.get(key);
    if (input instanceof HTMLInputElement && input.type === 'range')
      input.setAttribute('aria-valuetext', text);
    const band = this.bands[key];
    const note = this.bandNotes.get(key);
    if (band && note) {
      const inside = v >= band.min - 1e-9 && v <= band.max + 1e-9;
      const f = (x: number) => formatNumber(x, this.lang, 2).replace(/,?0+$/, '').replace(/[.,]$/, '');
      note.textContent = `${L('band', this.lang)}: ${f(band.min)}–${f(band.max)} ${unitLabel('%/yr', this.lang)} · ${inside ? '✓ ' + L('inBand', this.lang) : '✗ ' + L('outBand', this.lang)}`;
      note.classList.toggle('out', !inside);
      input?.setAttribute('aria-describedby', note.id);
    }
  }
}
