import { formatNumber, formatWithUnit, unitDigits, unitLabel } from '../../src/i18n/format.ts';
import { TARGET_GROUPS } from '../../src/schema/target.ts';
import type { Lang } from '../../src/schema/common.ts';
import type { ScorecardRow } from '../../src/targets/scorecard.ts';
import { gapText, leverWords, statusReason } from '../../src/targets/verdict.ts';
import { GROUP_TEXT, L, STATUS_ICON } from './labels.ts';

/** How the scorecard is ordered: by the resolution's groups, or worst status first. */
export type ScorecardSort = 'group' | 'status';
/** Status order when sorted by status: out of reach first. */
const STATUS_ORDER = ['missed', 'near', 'met', 'exceeded'];

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
  /** Ordering of the rows (the sort menu); the status filter is a data attribute on the table. */
  sort: ScorecardSort = 'group';
  /** Whether the folded group of targets not modelled is open. */
  private nmOpen = false;

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
    const modelled = rows.filter((r) => r.modelled !== 'no');
    const groups: { key: string; title: string; rows: ScorecardRow[] }[] =
      this.sort === 'status'
        ? [
            ...STATUS_ORDER,
            ...new Set(modelled.map((r) => r.status).filter((x) => !STATUS_ORDER.includes(x))),
          ].map((st) => ({
            key: `status-${st}`,
            title: L(`status.${st}` as Parameters<typeof L>[0], lang),
            rows: modelled.filter((r) => r.status === st),
          }))
        : TARGET_GROUPS.map((g) => ({
            key: g,
            title: GROUP_TEXT[g]![lang],
            rows: modelled.filter((r) => r.group === g),
          }));
    for (const g of groups) {
      if (g.rows.length === 0) continue;
      const body = this.table.createTBody();
      body.dataset.group = g.key;
      const th = document.createElement('th');
      th.scope = 'rowgroup';
      th.colSpan = 7;
      th.className = 'group';
      th.textContent = this.sort === 'status' ? `${g.title} (${g.rows.length})` : g.title;
      body.insertRow().append(th);
      for (const r of g.rows) this.cells.set(r.id, this.buildRow(body, r));
    }
    // The targets the model does not project: one folded group at the end.
    const nm = rows.filter((r) => r.modelled === 'no');
    if (nm.length > 0) {
      const body = this.table.createTBody();
      body.dataset.group = 'not-modelled';
      body.className = `all-nm${this.nmOpen ? '' : ' folded'}`;
      const th = document.createElement('th');
      th.scope = 'rowgroup';
      th.colSpan = 7;
      th.className = 'group';
      const btn = document.createElement('button');
      btn.type = 'button';
      btn.className = 'mini fold';
      btn.setAttribute('aria-expanded', String(this.nmOpen));
      const label = () => `${this.nmOpen ? '▾' : '▸'} ${L('notModelledGroup', lang)} (${nm.length})`;
      btn.textContent = label();
      btn.addEventListener('click', () => {
        this.nmOpen = !this.nmOpen;
        body.classList.toggle('folded', !this.nmOpen);
        btn.setAttribute('aria-expanded', String(this.nmOpen));
        btn.textContent = label();
      });
      th.append(btn);
      body.insertRow().append(th);
      for (const r of nm) this.cells.set(r.id, this.buildRow(body, r));
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
    const projected = td('num c-proj');
    td('num c-goal', goalText(r, this.lang));
    const status = td('c-status');
    const gap = td('num c-gap');
    const required = td('c-req');
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
      const reason = statusReason(r, lang);
      if (
        c.status.dataset.status !== r.status ||
        c.status.lang !== lang ||
        c.status.dataset.reason !== reason
      ) {
        c.status.dataset.status = r.status;
        c.status.dataset.reason = reason;
        c.status.lang = lang;
        const why = document.createElement('span');
        why.className = 'reason';
        why.textContent = reason;
        c.status.replaceChildren(badge(r.status, statusText), ...(reason ? [' ', why] : []));
      }
      c.gap.textContent =
        notModelled || r.gap === null || r.gap === 0
          ? '–'
          : `${r.gap > 0 ? '+' : '-'}${gapText(r.gap, r.unit, lang)}`;
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
  if (r === undefined || r === null) {
    cell.textContent = '–';
    cell.title = '';
    return;
  }
  cell.textContent = leverWords(r, lang) || '–';
  cell.title = r.label ?? r.lever;
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
