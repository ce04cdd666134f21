import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { open, useServerAndBrowser } from './harness.ts';

const env = useServerAndBrowser();

describe('the compare view and the Report button (built page, headless Chromium)', () => {
  it('compares the current scenario with up to three presets: overlaid charts, a column each, differences marked', async () => {
    const { page, errors } = await open(env.browser(), env.server().url);
    expect(await page.locator('#compare-title').innerText()).toBe('So sánh kịch bản');
    await page.check('#compare input[value="plan-optimism"]');
    await page.check('#compare input[value="trend"]');
    await page.locator('#compare .chart-card').nth(4).waitFor();
    expect(await page.locator('#compare .chart-card').count()).toBe(5);
    const head = await page.locator('#compare thead th').allInnerTexts();
    expect(head.slice(0, 3)).toEqual(['Chỉ tiêu', 'Mục tiêu', 'Kịch bản đang xem']);
    expect(head).toHaveLength(6);
    // Sector I's growth as of 2024: short on the plan's scenarios, met on the trend of the history.
    const row = page.locator('#compare tr[data-target="growth-sector-i"]');
    expect(await row.getAttribute('class')).toBe('differs');
    expect(await row.locator('td').last().innerText()).toBe('≠');
    // A third preset fills the four columns; the others can no longer be ticked.
    await page.check('#compare input[value="covid-2021"]');
    await page.locator('#compare thead th').nth(6).waitFor();
    expect(await page.locator('#compare thead th').count()).toBe(7);
    expect(await page.locator('#compare input[value="plan-low"]').isDisabled()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('"Báo cáo" downloads the report of the shown scenarios as one HTML document in the page language', async () => {
    const { page, errors } = await open(env.browser(), env.server().url);
    // The report is made by the API server (POST /api/report): the harness serves the page through it.
    expect(env.server().kind).toBe('api');
    await page.check('#compare input[value="plan-low"]');
    expect(await page.locator('#report-button').innerText()).toBe('Báo cáo');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#report-button')]);
    expect(download.suggestedFilename()).toBe('report.html');
    const html = readFileSync((await download.path())!, 'utf8');
    expect(html).toMatch(/^<!doctype html><html lang="vi">/);
    expect(html).toContain('Báo cáo kịch bản kế hoạch');
    expect(html).toContain('[2] Bến Tre 2021-2025: cận dưới các khoảng tăng trưởng');
    // Printed on A4, every chart spans at least 160 mm of the page (96 CSS px per inch).
    const doc = await page.context().newPage();
    await doc.emulateMedia({ media: 'print' });
    await doc.setContent(html);
    const widths = await doc
      .locator('figure svg')
      .evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect().width));
    expect(widths).toHaveLength(5);
    for (const w of widths) expect((w * 25.4) / 96).toBeGreaterThanOrEqual(160);
    expect(errors).toEqual([]);
  });
});
