import { formatNumber, formatWithUnit, unitDigits, unitLabel } from '../../src/i18n/format.ts';
import { TARGET_GROUPS } from '../../src/schema/target.ts';
import type { Lang } from '../../src/schema/common.ts';
import type { ScorecardRow } from '../../src/targets/scorecard.ts';
import { GROUP_TEXT, L, STATUS_ICON } from './labels.ts';

/** `required` of src/solve/required.ts (goal seek on the target's own lever), as the worker sends it. */
export interface RequiredInfo {
  lever: string;
  value: number | null;
  unit: string;
  current: number | null;
  reachable: boolean;
  label?: string;
}

interface RowCells {
  tr: HTMLTableRowElement;
  projected: HTMLTableCellElement;
  status: HTMLTableCellElement;
  gap: HTMLTableCellElement;
  required: HTMLTableCellElement;
  pMet: HTMLTableCellElement;
}

/** The scorecard table: built once per language, then updated cell by cell (fast enough per slider move). */
export class ScorecardView {
  private cells = new Map<string, RowCells>();
  private lang: Lang = 'vi';

  constructor(
    private readonly table: HTMLTableElement,
    private readonly foot: HTMLElement,
  ) {}

  build(rows: readonly ScorecardRow[], lang: Lang): void {
    this.lang = lang;
    this.cells.clear();
    this.table.replaceChildren();
    const caption = this.table.createCaption();
    caption.className = 'visually-hidden';
    caption.textContent = L('scorecard', lang);
    const head = this.table.createTHead().insertRow();
    for (const [key, cls] of [
      ['target', 'c-name'],
      ['projected', 'num'],
      ['goal', 'num'],
      ['status', 'c-status'],
      ['gap', 'num'],
      ['required', 'num'],
      ['pMet', 'num c-pmet'],
    ] as const) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.className = cls;
      th.textContent = L(key, lang);
      head.append(th);
    }
    for (const group of TARGET_GROUPS) {
      const inGroup = rows.filter((r) => r.group === group);
      if (inGroup.length === 0) continue;
      const body = this.table.createTBody();
      body.dataset.group = group;
      if (inGroup.every((r) => r.modelled === 'no')) body.classList.add('all-nm');
      const th = document.createElement('th');
      th.scope = 'rowgroup';
      th.colSpan = 7;
      th.className = 'group';
      th.textContent = GROUP_TEXT[group]![lang];
      body.insertRow().append(th);
      for (const r of inGroup) this.cells.set(r.id, this.buildRow(body, r));
    }
    this.foot.textContent = L('estimateMark', lang);
    this.update(rows, new Map(), null);
  }

  private buildRow(body: HTMLTableSectionElement, r: ScorecardRow): RowCells {
    const tr = body.insertRow();
    tr.dataset.target = r.id;
    const name = document.createElement('th');
    name.scope = 'row';
    name.className = 'c-name';
    name.textContent = r.name[this.lang];
    const clause = document.createElement('span');
    clause.className = 'clause';
    clause.textContent = ` ${r.clause}${r.modelled === 'trend' ? ` · ${L('trend', this.lang)}` : ''}`;
    name.append(clause);
    tr.append(name);
    const td = (cls: string, text = '') => {
      const c = tr.insertCell();
      c.className = cls;
      c.textContent = text;
      return c;
    };
    const projected = td('num');
    td('num', goalText(r, this.lang));
    const status = td('c-status');
    const gap = td('num');
    const required = td('num');
    const pMet = td('num c-pmet', '–');
    return { tr, projected, status, gap, required, pMet };
  }

  /** Updates values, statuses, the goal-seek column and (when on) P(met). */
  update(
    rows: readonly ScorecardRow[],
    required: ReadonlyMap<string, RequiredInfo | null> | null,
    pMet: ReadonlyMap<string, number> | null,
  ): void {
    const lang = this.lang;
    for (const r of rows) {
      const c = this.cells.get(r.id);
      if (!c) continue;
      const notModelled = r.status === 'not-modelled';
      c.tr.className = `st-${r.status}`;
      c.projected.textContent = notModelled
        ? '–'
        : `${formatWithUnit(r.projected, r.unit, lang)}${r.restsOnEstimates ? ' *' : ''}`;
      c.projected.title =
        r.status === 'cannot-assess'
          ? `${L('placeholderMark', lang)}: ${r.placeholders.join(', ')}`
          : r.restsOnEstimates
            ? `${L('estimateMark', lang)}: ${r.estimates.join(', ')}`
            : '';
      const statusText = L(`status.${r.status}`, lang);
      if (c.status.dataset.status !== r.status || c.status.lang !== lang) {
        c.status.dataset.status = r.status;
        c.status.lang = lang;
        c.status.replaceChildren(badge(r.status, statusText));
      }
      c.gap.textContent = notModelled || r.gap === null || r.gap === 0 ? '–' : signed(r.gap, r.unit, lang);
      if (required) setRequired(c.required, required.has(r.id) ? required.get(r.id)! : undefined, lang);
      // No probability for a target that gets no verdict (the Monte Carlo flags it too).
      if (pMet)
        c.pMet.textContent =
          r.status === 'cannot-assess'
            ? L('status.cannot-assess', lang)
            : pMet.has(r.id)
              ? `${formatNumber(pMet.get(r.id)! * 100, lang, 0)} %`
              : '–';
    }
  }

  /** Marks the goal-seek column as being recomputed. */
  pendingRequired(): void {
    for (const c of this.cells.values()) c.required.classList.add('pending');
  }
}

function badge(status: string, text: string): HTMLElement {
  const span = document.createElement('span');
  span.className = `badge st-${status}`;
  const icon = document.createElement('span');
  icon.setAttribute('aria-hidden', 'true');
  icon.textContent = STATUS_ICON[status] ?? '';
  span.append(icon, ` ${text}`);
  return span;
}

function setRequired(cell: HTMLTableCellElement, r: RequiredInfo | null | undefined, lang: Lang): void {
  cell.classList.remove('pending');
  if (r === undefined) {
    cell.textContent = '–';
    cell.title = '';
    return;
  }
  if (r === null || r.value === null || !r.reachable) {
    cell.textContent = '–';
    cell.title = r ? `${r.label ?? r.lever}: ${L('unreachable', lang)}` : '';
    return;
  }
  const perYear = r.unit.endsWith('/yr') && r.unit !== '%/yr' && r.unit !== 'pp/yr';
  const unit =
    r.unit === 'pp'
      ? lang === 'vi'
        ? 'điểm %'
        : 'pp'
      : r.unit === '% of GRDP'
        ? `% ${lang === 'vi' ? 'GRDP' : 'of GRDP'}`
        : perYear
          ? `${unitLabel(r.unit.slice(0, -3), lang)}/${lang === 'vi' ? 'năm' : 'yr'}`
          : unitLabel(r.unit, lang);
  const v =
    r.unit === 'pp'
      ? `${r.value >= 0 ? '+' : ''}${formatNumber(r.value, lang, 2)}`
      : formatNumber(r.value, lang, 2);
  cell.textContent = `${v} ${unit}`;
  cell.title = r.label ?? r.lever;
}

function signed(v: number, unit: string, lang: Lang): string {
  const s = formatWithUnit(v, unit, lang);
  return v > 0 ? `+${s}` : s;
}

/** The goal as text: `8,5–9,5 %/năm`, `≥ 87,0 triệu đồng`, `≈ 14,2 %/năm`. */
export function goalText(r: ScorecardRow, lang: Lang): string {
  const d = unitDigits(r.unit);
  const f = (v: number | undefined) => formatNumber(v, lang, Math.min(d, 2));
  const u = unitLabel(r.unit, lang);
  switch (r.comparator) {
    case 'range':
      return `${f(r.target.min)}–${f(r.target.max)} ${u}`;
    case 'atLeast':
      return `≥ ${f(r.target.value)} ${u}`;
    case 'atMost':
      return `≤ ${f(r.target.value)} ${u}`;
    default:
      return `≈ ${f(r.target.value)} ${u}`;
  }
}
