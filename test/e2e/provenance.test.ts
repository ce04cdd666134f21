import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifacts, open, useServerAndBrowser } from './harness.ts';

const env = useServerAndBrowser();

// Issue 12 on the page: "cannot be assessed" counted apart in the header and shown per row, and the
// charts' rows carrying the provenance basis that their dash and opacity encode.
describe('the page tells what cannot be assessed and where each value comes from', () => {
  it('counts the 14 Ben Tre targets apart, labels their rows, and feeds the basis to the charts', async () => {
    const { page, errors } = await open(env.browser(), env.server().url);
    expect(await page.locator('#summary [data-status="cannot-assess"]').innerText()).toBe(
      'chưa đánh giá được: 14',
    );
    expect(await page.locator('tr[data-target="doctors"] td.c-status').innerText()).toContain(
      'chưa đánh giá được',
    );
    expect(await page.locator('tr[data-target="per-capita-2025"] td.c-status').innerText()).not.toContain(
      'chưa đánh giá được',
    );
    const bases = await page.evaluate(() =>
      (window.__plancast!.app.slots[0]!.view!.data('series') as { year: number; basis: string }[])
        .slice(0, 6)
        .map((r) => r.basis),
    );
    // The page opens as of 2024: growth 2020-2024 is the provincial statistics office's figure,
    // 2025 is projected on the estimated base structure.
    expect(bases).toEqual([...Array(5).fill('Số công bố'), 'Dựa trên ước tính']);
    await page
      .locator('.chart-card[data-chart="growth"]')
      .screenshot({ path: path.join(artifacts(), 'provenance-growth.png') });
    expect(errors).toEqual([]);
  });
});
