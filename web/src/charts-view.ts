import embed, { type VisualizationSpec } from 'vega-embed';
import { expressionInterpreter } from 'vega-interpreter';
import type { View } from 'vega';
import type { ChartDef, ChartInput, ChartSpec, Rows } from '../../src/charts/index.ts';
import type { Lang } from '../../src/schema/common.ts';

/** Rendering options: the AST interpreter instead of `new Function`, so a strict CSP holds. */
const EMBED_OPTIONS = { ast: true, expr: expressionInterpreter, actions: false, renderer: 'canvas', tooltip: true } as const;

export interface ChartSlot {
  id: string;
  title: string;
  view: View | null;
  card: HTMLElement;
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
  slot.title = title;
  const plot = slot.card.querySelector<HTMLElement>('.plot')!;
  plot.setAttribute('aria-label', describe(spec, title));
  // A fixed width with 'pad' autosize: 'fit' would re-measure the layout on every data change (~1 ms a chart).
  const sized = { ...spec, width: plotWidth(plot), autosize: { type: 'pad' } };
  const result = await embed(plot, sized as VisualizationSpec, EMBED_OPTIONS as Parameters<typeof embed>[2]);
  slot.view = result.view;
  for (const fmt of ['png', 'svg'] as const) {
    const b = slot.card.querySelector<HTMLButtonElement>(`button[data-format="${fmt}"]`)!;
    b.setAttribute('aria-label', `${lang === 'vi' ? 'Tải biểu đồ' : 'Download chart'} “${title}” ${fmt.toUpperCase()}`);
  }
  return slot;
}

/** Room for the data rectangle: the card's width minus what the y axis, its title and padding take. */
function plotWidth(plot: HTMLElement): number {
  return Math.max(180, Math.floor(plot.clientWidth) - 78);
}

/** Re-fits every chart to its card after the window changed size. */
export async function resizeCharts(slots: readonly ChartSlot[]): Promise<void> {
  await Promise.all(
    slots.map((s) => {
      const plot = s.card.querySelector<HTMLElement>('.plot');
      return s.view && plot ? s.view.width(plotWidth(plot)).runAsync() : null;
    }),
  );
}

function describe(spec: ChartSpec, title: string): string {
  const t = spec.title as { text?: string; subtitle?: string } | undefined;
  return [title, t?.subtitle].filter(Boolean).join('. ');
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
  const slot: ChartSlot = { id, title: '', view: null, card };
  for (const b of bar.querySelectorAll<HTMLButtonElement>('button'))
    b.addEventListener('click', () => void downloadChart(slot, b.dataset.format as 'png' | 'svg'));
  return slot;
}

/** Saves a chart as PNG (2× scale) or SVG via vega's View.toImageURL. */
export async function downloadChart(slot: ChartSlot, fmt: 'png' | 'svg'): Promise<void> {
  if (!slot.view) return;
  const url = await slot.view.toImageURL(fmt, fmt === 'png' ? 2 : 1);
  const a = document.createElement('a');
  a.href = url;
  a.download = `plancast-${slot.id}.${fmt}`;
  document.body.append(a);
  a.click();
  a.remove();
}

/** Pushes new datasets into the live views (no re-embed) and waits for every view to re-render. */
export async function updateCharts(slots: readonly ChartSlot[], defs: readonly ChartDef[], input: ChartInput): Promise<void> {
  const runs: Promise<unknown>[] = [];
  for (let i = 0; i < defs.length; i++) {
    const view = slots[i]?.view;
    if (!view) continue;
    pushData(view, defs[i]!.data(input));
    runs.push(view.runAsync());
  }
  await Promise.all(runs);
}

export function pushData(view: View, data: Record<string, Rows>): void {
  for (const [name, rows] of Object.entries(data)) view.data(name, rows);
}
