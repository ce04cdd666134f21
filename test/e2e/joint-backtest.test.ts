import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifacts, open, useServerAndBrowser } from './harness.ts';

const env = useServerAndBrowser();

describe('uncertainty mode: joint odds and backtest charts', () => {
  it('draws P(k of n) with P(all headline) and the backtest coverage chart for Ben Tre', async () => {
    const { page, errors } = await open(env.browser(), env.server().url);
    await page.check('#uncertainty');
    await page.waitForFunction(
      () =>
        document.querySelector('#mc-charts [data-chart="joint-k"] canvas') !== null &&
        document.querySelector('#mc-charts [data-chart="backtest"] canvas') !== null,
      null,
      { timeout: 90_000 },
    );
    // The charts are canvases: their title and subtitle are read from the plot's label (the page opens in Vietnamese).
    const label = (id: string) =>
      page.locator(`#mc-charts [data-chart="${id}"] .plot`).getAttribute('aria-label');
    const joint = await label('joint-k');
    expect(joint).toMatch(/Số chỉ tiêu đạt cùng lúc/);
    expect(joint).toMatch(/P\(đạt mọi chỉ tiêu chính\) = \d+,\d %/);
    expect(await label('backtest')).toMatch(/Công cụ này dự báo đúng đến đâu/);
    await page.screenshot({ path: path.join(artifacts(), 'joint-backtest.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
