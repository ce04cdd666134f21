import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifacts, open, useServerAndBrowser } from './harness.ts';

const env = useServerAndBrowser();

describe('uncertainty mode', () => {
  it('shows progress in a worker without freezing the page, then P(met) and fan charts', async () => {
    const { page, errors } = await open(env.browser(), env.server().url);
    await page.check('#uncertainty');
    await page.waitForSelector('#mc-status:not([hidden])');
    // The main thread stays responsive while the worker runs: a slider still updates at once.
    const t = await page.evaluate(async () => {
      const el = document.getElementById('ctl-gII') as HTMLInputElement;
      const t0 = performance.now();
      el.value = '14';
      el.dispatchEvent(new Event('input', { bubbles: true }));
      await window.__plancast!.idle();
      return performance.now() - t0;
    });
    expect(t).toBeLessThan(1000); // loose: a frozen page would take seconds
    {
      await page.waitForSelector('#mc-progress');
      // The slider move above restarts the run: wait for the run that finishes last, not for the
      // charts of one it superseded (they can be on screen while the new run is at 50 %).
      await page.waitForFunction(
        () =>
          document.querySelectorAll('#mc-charts .chart-card canvas').length > 0 &&
          /Mô phỏng xong/.test(document.getElementById('mc-text')?.textContent ?? ''),
        null,
        { timeout: 60_000 },
      );
      const p = await page.locator('tr[data-target="grdp-growth"] td.c-pmet').innerText();
      expect(p).toMatch(/^\d{1,3} %$/);
      expect(await page.locator('#mc-text').innerText()).toMatch(/Mô phỏng xong/);
      await page.screenshot({ path: path.join(artifacts(), 'uncertainty-view.png'), fullPage: true });
      // Ben Tre's record is long enough: by default the growth spread is the record's (σ 2.59 pp, n = 8).
      expect(await page.locator('#mc-text').innerText()).toContain('2,59 điểm % (sai số quá khứ, n = 8)');
    }
    // The model defaults instead (docs/model.md §9): the run starts again, says so, and the link keeps it.
    await page.selectOption('#spreads', 'design');
    await page.waitForFunction(
      () => /mặc định của mô hình\)/.test(document.getElementById('mc-text')?.textContent ?? ''),
      null,
      { timeout: 60_000 },
    );
    expect(await page.locator('#mc-text').innerText()).toMatch(/Mô phỏng xong/);
    const after = await page.locator('tr[data-target="per-capita-2025"] td.c-pmet').innerText();
    expect(after).toMatch(/^\d{1,3} %$/);
    await page.waitForFunction(() => location.hash.replace(/^#/, '') === window.__plancast!.hash());
    const reopened = await page.evaluate(() =>
      JSON.parse(atob(location.hash.slice(4).replace(/-/g, '+').replace(/_/g, '/'))),
    );
    expect(reopened).toMatchObject({ u: 1, s: 'design' });
    expect(page.url()).toContain('#v1.');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
