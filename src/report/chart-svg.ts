import { logger, None, parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { ChartSpec } from '../charts/input.ts';

/** Width of a chart in the report, CSS px: 640 px = 169 mm at 96 px/in, the A4 text width less margins. */
export const REPORT_CHART_WIDTH = 640;
const REPORT_CHART_HEIGHT = 230;

/**
 * Renders a chart spec (src/charts) to an SVG string with vega's headless view (no canvas, no DOM):
 * a fixed width instead of the page's `container`, and no namespace URLs, so the report holds no
 * address of any kind (an inline <svg> in HTML needs none).
 */
export async function chartSvg(spec: ChartSpec): Promise<string> {
  const sized = {
    ...spec,
    width: REPORT_CHART_WIDTH,
    height: REPORT_CHART_HEIGHT,
  } as unknown as TopLevelSpec;
  // vega-lite's warnings (opacity on a discrete field, legend merges) are about the page's specs: not the reader's business.
  const view = new View(parse(compile(sized, { logger: logger(None) }).spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    return svg.replace(/\s+xmlns(:xlink)?="[^"]*"/g, '');
  } finally {
    view.finalize();
  }
}
