import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ALLOWED, englishWords } from '../helpers/english-words.ts';
import { artifacts, open, useServerAndBrowser } from './harness.ts';

const env = useServerAndBrowser();

/** Bottom edge (CSS px from the top of the page) of an element. */
const bottom = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);

describe('a truthful answer: where we stand, the verdict first', () => {
  it('opens as of 2024 with the verdict and headline cards above the fold at 1440×900; the plan as written is one click away', async () => {
    const { page, errors } = await open(env.browser(), env.server().url, { width: 1440, height: 900 });
    expect(await page.locator('#verdict-title').innerText()).toBe(
      'Kết luận — theo số liệu thực hiện đến 2024',
    );
    expect(await page.locator('#asof').inputValue()).toBe('2024');
    const sentences = await page.locator('#verdict-text p').allInnerTexts();
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(4);
    // 21 → 17 assessable (urbanisation, poverty pace, beds, insurance rest on placeholders); 16 → 15 out
    // of reach (poverty and insurance counted apart; social investment missed at the recorded rate).
    expect(sentences[0]).toMatch(/^Theo số liệu thực hiện đến 2024, 15 trong 17 chỉ tiêu đánh giá được/);
    expect(sentences[1]).toBe('GRDP tăng bình quân 5,19 %/năm 2021-2024 so với mục tiêu 8,5-9,5 %/năm.');
    expect(sentences[2]).toContain('riêng năm 2025 phải tăng 22,82 %');
    // The headline cards, picked by series: growth, per capita, structure, revenue, investment, exports.
    expect(
      await page
        .locator('#headline-cards .card')
        .evaluateAll((cs) => cs.map((c) => (c as HTMLElement).dataset.series)),
    ).toEqual(['grdpReal', 'perCapita', 'share.', 'revenue', 'investment', 'exports']);
    expect(await page.locator('#headline-cards .card[data-series="perCapita"]').innerText()).toMatch(
      /không đạt[\s\S]*65,9 triệu đồng[\s\S]*≥ 87 triệu đồng[\s\S]*năm 2025 cần tăng 48,55 %/,
    );
    expect(await bottom(page, '#verdict-text')).toBeLessThanOrEqual(900);
    expect(await bottom(page, '#headline-cards')).toBeLessThanOrEqual(900);
    // The default view is the whole URL state: no hash.
    expect(await page.evaluate(() => window.__plancast!.hash())).toBe('');
    // Status reasons and the lever in words in the scorecard, and the findings section.
    expect(await page.locator('tr[data-target="grdp-growth"] td.c-status').innerText()).toMatch(
      /không đạt\s+thiếu 2,58 điểm %\/năm/,
    );
    expect(await page.locator('#findings-list li').count()).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: path.join(artifacts(), 'truth-1440x900.png') });

    // One click: the plan as written, in the URL; a reload keeps it.
    await page.click('#mode-written');
    await page.evaluate(() => window.__plancast!.idle());
    expect(await page.locator('#verdict-title').innerText()).toBe('Kết luận — kế hoạch như đã viết');
    expect(await page.locator('#mode-written').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('#verdict-text p').first().innerText()).toMatch(/^Theo kế hoạch như đã viết/);
    const hash = await page.evaluate(() => window.__plancast!.hash());
    expect(hash).not.toBe('');
    const again = await open(env.browser(), `${env.server().url}#${hash}`, { width: 1440, height: 900 });
    expect(await again.page.locator('#verdict-title').innerText()).toBe('Kết luận — kế hoạch như đã viết');
    expect(await again.page.locator('#asof').inputValue()).toBe('');
    await again.page.click('#mode-asof');
    await again.page.evaluate(() => window.__plancast!.idle());
    expect(await again.page.locator('#verdict-title').innerText()).toContain('2024');

    // English: the same verdict, in English.
    await page.click('#mode-asof');
    await page.click('#lang-en');
    await page.evaluate(() => window.__plancast!.idle());
    expect(await page.locator('#verdict-title').innerText()).toBe(
      'Verdict — as of published figures to 2024',
    );
    expect(await page.locator('#verdict-text p').nth(1).innerText()).toBe(
      'GRDP grew 5.19 %/yr on average in 2021-2024 against a goal of 8.5-9.5 %/yr.',
    );
    expect([...errors, ...again.errors]).toEqual([]);
    await page.context().close();
    await again.page.context().close();
  });

  it('Vinh Long, with no published plan year yet, opens from its base year (no as-of)', async () => {
    const { page, errors } = await open(env.browser(), env.server().url, { width: 1440, height: 900 });
    await page.selectOption('#pack', 'vinh-long-2026-2030');
    await page.evaluate(() => window.__plancast!.idle());
    expect(await page.locator('#asof').inputValue()).toBe('');
    expect(await page.locator('#verdict-title').innerText()).toBe(
      'Kết luận — từ năm gốc 2025 (chưa có số liệu thực hiện)',
    );
    expect(await page.locator('#mode-asof').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('sorts and filters the scorecard by status; targets not modelled are one folded group', async () => {
    const { page, errors } = await open(env.browser(), env.server().url, { width: 1440, height: 900 });
    const visible = () =>
      page
        .locator('tr[data-target]')
        .evaluateAll((rs) =>
          rs.filter((r) => (r as HTMLElement).offsetParent !== null).map((r) => r.className),
        );
    expect(await page.locator('tbody[data-group="not-modelled"] tr[data-target]').count()).toBe(19);
    expect((await visible()).length).toBe(31);
    await page.click('tbody[data-group="not-modelled"] button.fold');
    expect((await visible()).length).toBe(50);
    await page.selectOption('#status-filter', 'missed');
    const missed = await visible();
    // 15 missed as of 2024: the 14 targets on placeholder bases are counted apart (cannot be assessed).
    expect(missed.length).toBe(15);
    expect(new Set(missed)).toEqual(new Set(['st-missed']));
    await page.selectOption('#status-filter', '');
    await page.selectOption('#sort', 'status');
    const first = await page.locator('#scorecard tbody').first().getAttribute('data-group');
    expect(first).toBe('status-missed');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows no English word on the Vietnamese page', async () => {
    const { page, errors } = await open(env.browser(), env.server().url, { width: 1440, height: 900 });
    // Wait for the goal seek (the lever column) and open the folded group, so every cell is text.
    await page.waitForFunction(() => document.querySelectorAll('td.c-req.pending').length === 0, null, {
      timeout: 45_000,
    });
    await page.waitForFunction(() => window.__plancast!.app.required !== null, null, { timeout: 45_000 });
    await page.click('tbody[data-group="not-modelled"] button.fold');
    const text = await page.evaluate(() => document.body.innerText);
    const english = englishWords();
    const found = [...new Set((text.match(/[A-Za-z]{4,}/g) ?? []).map((w) => w.toLowerCase()))].filter(
      (w) => english.has(w) && !ALLOWED.has(w),
    );
    expect(found).toEqual([]);
    expect(text).not.toMatch(/% of GRDP|persons\/|enterprises|\/yr\b/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('on a phone (390×844) the verdict is on the first screen, before the sliders; the status column fits', async () => {
    const { page, errors } = await open(env.browser(), env.server().url, { width: 390, height: 844 });
    expect(await bottom(page, '#verdict-text')).toBeLessThanOrEqual(844);
    expect(await bottom(page, '#verdict-text')).toBeLessThan(
      await page.locator('#controls').evaluate((el) => el.getBoundingClientRect().top + window.scrollY),
    );
    const right = await page
      .locator('tr[data-target="grdp-growth"] td.c-status')
      .evaluate((el) => el.getBoundingClientRect().right);
    expect(right).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(
      true,
    );
    await page.screenshot({ path: path.join(artifacts(), 'truth-390x844.png') });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('prints on A4 with the charts across the page width (≥ 160 mm)', async () => {
    // An A4 page at 96 dpi is 794 CSS px wide; the print margins leave about 718 px.
    const { page, errors } = await open(env.browser(), env.server().url, { width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.evaluate(() => window.__plancast!.idle());
    const widths = await page
      .locator('.chart-card canvas')
      .evaluateAll((cs) =>
        cs
          .filter((c) => (c as HTMLElement).offsetParent !== null)
          .map((c) => c.getBoundingClientRect().width),
      );
    expect(widths.length).toBeGreaterThanOrEqual(4);
    for (const w of widths) expect(w).toBeGreaterThanOrEqual(605);
    await page.screenshot({ path: path.join(artifacts(), 'truth-print-a4.png'), fullPage: true });
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      path: path.join(artifacts(), 'truth-print-a4.pdf'),
    });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
