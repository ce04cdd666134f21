import embed, { type VisualizationSpec } from 'vega-embed';
import { expressionInterpreter } from 'vega-interpreter';
import type { View } from 'vega';
import type { ChartDef, ChartInput, ChartSpec, Rows } from '../../src/charts/index.ts';
import type { Lang } from '../../src/schema/common.ts';

/** Rendering options: the AST interpreter instead of `new Function`, so a strict CSP holds. */
const EMBED_OPTIONS = {
  ast: true,
  expr: expressionInterpreter,
  actions: false,
  renderer: 'canvas',
  tooltip: true,
} as const;

export interface ChartSlot {
  id: string;
  title: string;
  view: View | null;
  card: HTMLElement;
  /** On screen (IntersectionObserver): updated at once; off-screen charts follow right after. */
  visible: boolean;
  /** Data newer than what is drawn, waiting for the chart to be drawn off the hot path. */
  stale: Record<string, Rows> | null;
  /** Pixels the axes and padding take beside the data rectangle. */
  room: number;
}

const observer =
  typeof IntersectionObserver === 'function'
    ? new IntersectionObserver((entries) => {
        for (const e of entries) {
          const slot = slotOf.get(e.target);
          if (!slot) continue;
          slot.visible = e.isIntersecting;
          if (slot.visible) flush(slot);
        }
      })
    : null;
const slotOf = new WeakMap<Element, ChartSlot>();

function flush(slot: ChartSlot): Promise<unknown> | null {
  if (!slot.view || !slot.stale) return null;
  pushData(slot.view, slot.stale);
  slot.stale = null;
  return slot.view.runAsync();
}

/** Renders a chart into a card (title for screen readers, PNG and SVG buttons); replaces an existing view. */
export async function mountChart(
  host: HTMLElement,
  id: string,
  spec: ChartSpec,
  title: string,
  lang: Lang,
  existing?: ChartSlot,
): Promise<ChartSlot> {
  const slot = existing ?? createCard(host, id);
  slot.view?.finalize();
  slot.stale = null;
  slot.title = title;
  const plot = slot.card.querySelector<HTMLElement>('.plot')!;
  plot.setAttribute('aria-label', describe(spec, title));
  // A fixed width with 'pad' autosize: 'fit' would re-measure the layout on every data change (~1 ms a chart).
  slot.room = axisRoom(spec);
  const sized = { ...spec, width: plotWidth(plot, slot.room), autosize: { type: 'pad' } };
  const result = await embed(plot, sized as VisualizationSpec, EMBED_OPTIONS as Parameters<typeof embed>[2]);
  slot.view = result.view;
  for (const fmt of ['png', 'svg'] as const) {
    const b = slot.card.querySelector<HTMLButtonElement>(`button[data-format="${fmt}"]`)!;
    b.setAttribute(
      'aria-label',
      `${lang === 'vi' ? 'Tải biểu đồ' : 'Download chart'} “${title}” ${fmt.toUpperCase()}`,
    );
  }
  return slot;
}

/** Room for the data rectangle: the card's width minus what the y axis, its title and padding take. */
function plotWidth(plot: HTMLElement, room: number): number {
  return Math.max(120, Math.floor(plot.clientWidth) - room);
}

/** A spec with wide axis labels (the tornado) says how much room they need in `usermeta.axisRoom`. */
function axisRoom(spec: ChartSpec): number {
  const room = (spec.usermeta as { axisRoom?: unknown } | undefined)?.axisRoom;
  return typeof room === 'number' && room > 0 ? room : 78;
}

/** Re-fits every chart to its card after the window changed size. */
export async function resizeCharts(slots: readonly ChartSlot[]): Promise<void> {
  await Promise.all(
    slots.map((s) => {
      const plot = s.card.querySelector<HTMLElement>('.plot');
      return s.view && plot ? s.view.width(plotWidth(plot, s.room)).runAsync() : null;
    }),
  );
}

function describe(spec: ChartSpec, title: string): string {
  const t = spec.title as { text?: string; subtitle?: string | string[] } | undefined;
  return [title, ...[t?.subtitle ?? []].flat()].filter(Boolean).join('. ');
}

function createCard(host: HTMLElement, id: string): ChartSlot {
  const card = document.createElement('figure');
  card.className = 'chart-card';
  card.dataset.chart = id;
  const plot = document.createElement('div');
  plot.className = 'plot';
  plot.setAttribute('role', 'img');
  const bar = document.createElement('div');
  bar.className = 'chart-actions';
  for (const fmt of ['png', 'svg'] as const) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'mini';
    b.dataset.format = fmt;
    b.textContent = fmt.toUpperCase();
    bar.append(b);
  }
  card.append(plot, bar);
  host.append(card);
  const slot: ChartSlot = { id, title: '', view: null, card, visible: true, stale: null, room: 78 };
  slotOf.set(card, slot);
  observer?.observe(card);
  for (const b of bar.querySelectorAll<HTMLButtonElement>('button'))
    b.addEventListener('click', () => void downloadChart(slot, b.dataset.format as 'png' | 'svg'));
  return slot;
}

/** Saves a chart as PNG (2× scale) or SVG via vega's View.toImageURL. */
export async function downloadChart(slot: ChartSlot, fmt: 'png' | 'svg'): Promise<void> {
  if (!slot.view) return;
  await flush(slot);
  const url = await slot.view.toImageURL(fmt, fmt === 'png' ? 2 : 1);
  const a = document.createElement('a');
  a.href = url;
  a.download = `plancast-${slot.id}.${fmt}`;
  document.body.append(a);
  a.click();
  a.remove();
}

let backlog: ReturnType<typeof setTimeout> | null = null;

/**
 * Pushes new datasets into the live views (View.data(), no re-embed). Charts on screen are redrawn
 * at once and the promise waits for them; charts scrolled out of view are redrawn just after
 * (or when they scroll in), so a dragged slider only pays for what the user can see.
 */
export async function updateCharts(
  slots: readonly ChartSlot[],
  defs: readonly ChartDef[],
  input: ChartInput,
): Promise<void> {
  const runs: Promise<unknown>[] = [];
  for (let i = 0; i < defs.length; i++) {
    const slot = slots[i];
    if (!slot?.view) continue;
    slot.stale = defs[i]!.data(input);
    if (slot.visible) runs.push(flush(slot)!);
  }
  if (backlog) clearTimeout(backlog);
  backlog = setTimeout(() => {
    backlog = null;
    for (const s of slots) void flush(s);
  }, 120);
  await Promise.all(runs);
}

/** Removes the cards of the slots from index `from` on (another pack draws fewer charts). */
export function dropSlots(slots: readonly ChartSlot[], from: number): void {
  for (const s of slots.slice(from)) {
    s.view?.finalize();
    s.card.remove();
  }
}

/** Draws every chart still waiting (before a print or an export). */
export async function flushAll(slots: readonly ChartSlot[]): Promise<void> {
  await Promise.all(slots.map((s) => flush(s)));
}

export function pushData(view: View, data: Record<string, Rows>): void {
  for (const [name, rows] of Object.entries(data)) view.data(name, rows);
}
