import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { open, useServerAndBrowser } from './harness.ts';

const env = useServerAndBrowser();

const VL = 'vinh-long-2026-2030';

const idle = (page: Page) => page.evaluate(() => window.__plancast!.idle());
/** Waits until the throttled URL write has caught up with the state. */
const hashWritten = (page: Page) =>
  page.waitForFunction(() => location.hash.replace(/^#/, '') === window.__plancast!.hash());
/** The view's diff from the default, as the URL hash stores it (`#v1.<base64url JSON>`). */
const hashState = (page: Page) =>
  page.evaluate(() => {
    const h = location.hash.replace(/^#v1\./, '');
    return h === ''
      ? {}
      : (JSON.parse(atob(h.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>);
  });
const verdict = (page: Page) =>
  page.evaluate(() => ({
    title: document.getElementById('verdict-title')!.textContent,
    missed: document.getElementById('verdict-text')!.dataset.missed,
    text: document.getElementById('verdict-text')!.innerText,
  }));
/** Unfolds the form (folded until an estimate is in force). */
const isOpen = (page: Page) =>
  page.locator('#estimate-details').evaluate((d) => (d as HTMLDetailsElement).open);
const unfold = async (page: Page) => {
  if (!(await isOpen(page))) await page.click('#estimate-details summary');
};
const enter = async (page: Page, field: string, text: string) => {
  await unfold(page);
  await page.fill(`#est-${field}`, text);
  await page.click('#estimate-apply');
  await idle(page);
};

describe("the page's estimate form", () => {
  it('a growth estimate turns Vinh Long into "as of the 2026 estimate"; the URL keeps it; a bad value changes nothing', async () => {
    const { page, errors } = await open(env.browser(), env.server().url);
    await page.selectOption('#pack', VL);
    await idle(page);
    expect(await page.locator('#estimate-title').innerText()).toBe('Ước tính năm 2026');
    expect(await isOpen(page)).toBe(false); // folded until used: the charts keep their place
    // Nothing published for 2026 yet: projected from the 2025 base year, 3 of 5 assessable targets missed
    // at the pack's defaults (9.85 %/yr average growth: near; per capita, GRDP and investment at the
    // recorded 24.5 % rate missed; see `plancast run vinh-long-2026-2030`).
    const before = await verdict(page);
    expect(before.title).toContain('từ năm gốc 2025');
    expect(before.missed).toBe('3');

    await enter(page, 'growth', '6,2');
    await hashWritten(page);
    const after = await verdict(page);
    expect(after.title).toContain('theo ước tính năm 2026');
    // 2026 at 6.2 % instead of ≈ 9.3 %: average growth (9.22 %/yr) falls short too (4 missed).
    expect(after.missed).toBe('4');
    expect(after.text).toContain('GRDP năm 2026 tăng 6,20 % so với mục tiêu bình quân ≥ 10 %/năm.');
    expect(await hashState(page)).toEqual({ m: VL, e: { growth: 6.2 } });

    // A shared link reproduces the view.
    await page.reload();
    await page.waitForSelector('body[data-ready="1"]');
    await idle(page);
    expect(await verdict(page)).toEqual(after);
    expect(await isOpen(page)).toBe(true); // an estimate in force shows its form
    expect(await page.inputValue('#est-growth')).toBe('6.2');

    // Out of range: the error names the field, the value and the range; the view and URL stay.
    await enter(page, 'growth', '99');
    const error = await page.locator('#estimate-error').innerText();
    expect(error).toBe('Tăng trưởng GRDP (%): "99" không hợp lệ; cho phép từ -10 đến 40');
    expect(await verdict(page)).toEqual(after);
    expect(await page.evaluate(() => window.__plancast!.app.state.estimate)).toEqual({ growth: 6.2 });
    expect(await hashState(page)).toEqual({ m: VL, e: { growth: 6.2 } });
    // Not a number at all: refused the same way.
    await enter(page, 'perCapita', 'abc');
    expect(await page.locator('#estimate-error').innerText()).toContain(
      'GRDP bình quân đầu người (triệu đồng): "abc" không hợp lệ',
    );
    expect(await verdict(page)).toEqual(after);

    // Clearing returns to the view before the estimate.
    await page.click('#estimate-clear');
    await idle(page);
    await hashWritten(page);
    expect(await verdict(page)).toEqual(before);
    expect(await hashState(page)).toEqual({ m: VL });
    expect(errors).toEqual([]);
  });

  it('in English the title reads "as of 2026 (estimate)"', async () => {
    const { page, errors } = await open(env.browser(), env.server().url);
    await page.selectOption('#pack', VL);
    await idle(page);
    await page.click('#lang-en');
    await idle(page);
    expect(await page.locator('#estimate-title').innerText()).toBe('This year’s estimate (2026)');
    await enter(page, 'growth', '6.2');
    expect((await verdict(page)).title).toContain('as of 2026 (estimate)');
    expect(errors).toEqual([]);
  });
});
