import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { open, useServerAndBrowser, slide, statusCell } from './harness.ts';

// The server of this suite opens its library (lazily, at the first /api/library request) here.
process.env.PLANCAST_DATA = path.join(mkdtempSync(path.join(tmpdir(), 'plancast-e2e-lib-')), 'lib.db');
const env = useServerAndBrowser();

const NAME = 'Phương án thấp 低';
const status = statusCell;
const spec = (page: Page) => page.evaluate(() => window.__plancast!.app.currentSpec());

describe('the scenario library panel in Chromium', () => {
  it('saves the scenario shown, opens it again after a fresh load, and shows what changed between versions', async () => {
    const url = env.server().url;
    expect(env.server().kind).toBe('api');
    const { page, errors } = await open(env.browser(), url);
    await slide(page, 'gII', 10);
    const saved = await spec(page);
    const savedStatus = await status(page, 'grdp-growth');

    await page.locator('#library summary').click();
    await expect.poll(() => page.locator('#lib-status').innerText()).toBe('');
    await page.locator('#lib-name').fill(NAME);
    await page.locator('#lib-note').fill('khu vực II 10%');
    await page.locator('#lib-save').click();
    await expect.poll(() => page.locator('#lib-status').innerText()).toBe(`Đã lưu "${NAME}" phiên bản 1`);

    // A fresh load without the hash: the plan mid-point again.
    await page.goto('about:blank');
    await page.goto(url);
    await page.waitForSelector('body[data-ready="1"]');
    expect(await spec(page)).not.toEqual(saved);
    await page.locator('#library summary').click();
    await expect.poll(() => page.locator('#lib-list option').count()).toBe(1);
    await page.locator('#lib-open').click();
    await expect.poll(() => page.locator('#lib-status').innerText()).toBe(`Đang mở "${NAME}" phiên bản 1`);
    expect(await spec(page)).toEqual(saved);
    expect(await status(page, 'grdp-growth')).toBe(savedStatus);

    // Version 2 from here, then the changes from version 1.
    await slide(page, 'gII', 16);
    await page.locator('#lib-save').click();
    await expect.poll(() => page.locator('#lib-status').innerText()).toBe(`Đã lưu "${NAME}" phiên bản 2`);
    await expect.poll(() => page.locator('#lib-history li').count()).toBe(2);
    await page.locator('#lib-history .lib-diff').click();
    await expect
      .poll(() => page.locator('#lib-diff').innerText())
      .toContain('tăng trưởng thực, khu vực II: 10,00 → 16,00');
    expect(await page.locator('#lib-diff').innerText()).toContain('Chỉ tiêu đổi đánh giá');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
