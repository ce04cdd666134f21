import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifacts, open, ROOT, useServerAndBrowser, slide, statusCell } from './harness.ts';

const env = useServerAndBrowser();

const status = statusCell;
const seriesOf = (page: Page, chart: number) =>
  page.evaluate((i) => JSON.stringify(window.__plancast!.app.slots[i]!.view!.data('series')), chart);

describe('the what-if page in Chromium', () => {
  it('loads the plan mid-point in Vietnamese with no console errors, under the strict CSP', async () => {
    const { page, errors } = await open(env.browser(), env.server().url);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.locator('#preset').inputValue()).toBe('plan-midpoint');
    expect(await page.locator('.chart-card canvas').count()).toBeGreaterThanOrEqual(7);
    expect(await page.locator('tr[data-target]').count()).toBe(50);
    expect(await status(page, 'grdp-growth')).toContain('đạt');
    await page.screenshot({ path: path.join(artifacts(), 'main-view.png') });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('labels every control and keeps the page usable at phone width', async () => {
    const { page, errors } = await open(env.browser(), env.server().url, { width: 390, height: 844 });
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('input, select, button')]
        .filter((el) => {
          const e = el as HTMLInputElement;
          const label = e.labels?.length
            ? e.labels[0]!.textContent
            : (e.getAttribute('aria-label') ?? e.textContent);
          return !label || !label.trim();
        })
        .map((el) => el.id || el.outerHTML.slice(0, 60)),
    );
    expect(unlabelled).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(
      true,
    );
    await page.screenshot({ path: path.join(artifacts(), 'phone-view.png') });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('updates charts and scorecard when a slider moves (mouse-free: keyboard works too), within 30 ms', async () => {
    const { page, errors } = await open(env.browser(), env.server().url);
    const before = await seriesOf(page, 0);
    await slide(page, 'gII', 8);
    expect(await seriesOf(page, 0)).not.toBe(before);
    expect(await status(page, 'grdp-growth')).toContain('không đạt');
    expect(await page.locator('tr[data-target="growth-sector-ii"] .badge').innerText()).toMatch(/✗/);
    expect(await page.locator('#band-gII').innerText()).toContain('ngoài khoảng');
    await page.focus('#ctl-gI');
    const v0 = await page.locator('#ctl-gI').inputValue();
    await page.keyboard.press('ArrowRight');
    await page.evaluate(() => window.__plancast!.idle());
    expect(Number(await page.locator('#ctl-gI').inputValue())).toBeGreaterThan(Number(v0));
    // 50 moves: input event → model, scorecard and every chart redrawn.
    const times = await page.evaluate(async () => {
      const el = document.getElementById('ctl-gIII') as HTMLInputElement;
      const out: number[] = [];
      for (let i = 0; i < 50; i++) {
        const t0 = performance.now();
        el.value = String(5 + (i % 25) * 0.2);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        await window.__plancast!.idle();
        out.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 5));
      }
      return out;
    });
    const sorted = [...times].sort((a, b) => a - b);
    const median = (sorted[24]! + sorted[25]!) / 2;
    const worst = sorted.at(-1)!;
    writeFileSync(
      path.join(artifacts(), 'latency.json'),
      JSON.stringify({ moves: 50, medianMs: median, worstMs: worst, times }, null, 1),
    );
    console.log(
      `slider → charts + scorecard: median ${median.toFixed(1)} ms, worst ${worst.toFixed(1)} ms (50 moves)`,
    );
    // The goal is 30 ms (reported above and in the README); the assertion is a loose regression
    // guard so a busy CI machine does not turn a timing into a red build.
    expect(median).toBeLessThanOrEqual(150);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('switches to English: labels and number formats follow', async () => {
    const { page, errors } = await open(env.browser(), env.server().url);
    expect(await page.locator('tr[data-target="per-capita-2025"] td').nth(1).innerText()).toBe(
      '≥ 87,0 triệu đồng',
    );
    await page.click('#lang-en');
    await page.evaluate(() => window.__plancast!.idle());
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('#scorecard thead').innerText()).toContain('Projected');
    expect(await page.locator('tr[data-target="per-capita-2025"] td').nth(1).innerText()).toBe(
      '≥ 87.0 million VND',
    );
    expect(
      await page.locator('.chart-card[data-chart="revenue"] .plot').getAttribute('aria-label'),
    ).toContain('35,000–40,000 bn VND');
    const svg = await page.evaluate(() => window.__plancast!.app.slots[4]!.view!.toSVG());
    expect(svg).toMatch(/\d{2},000/);
    await page.click('#lang-vi');
    await page.evaluate(() => window.__plancast!.idle());
    const svgVi = await page.evaluate(() => window.__plancast!.app.slots[4]!.view!.toSVG());
    expect(svgVi).toMatch(/\d{2}\.000/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('restores the same view from a copied URL; garbage in the hash gives the default view and a notice', async () => {
    const { page, errors } = await open(env.browser(), env.server().url);
    await page.selectOption('#preset', 'plan-low');
    await page.evaluate(() => window.__plancast!.idle());
    await slide(page, 'inv', 30);
    await slide(page, 'gII', 12);
    await page.click('#lang-en');
    await page.evaluate(() => window.__plancast!.idle());
    await page.waitForFunction(() => location.hash === `#${window.__plancast!.hash()}`);
    const url = page.url();
    const wanted = await page.evaluate(() => ({
      card: window.__plancast!.app.run.card.counts,
      gII: (document.getElementById('ctl-gII') as HTMLInputElement).value,
    }));
    const again = await open(env.browser(), url);
    expect(await again.page.locator('#preset').inputValue()).toBe('plan-low');
    expect(await again.page.locator('html').getAttribute('lang')).toBe('en');
    expect(
      await again.page.evaluate(() => ({
        card: window.__plancast!.app.run.card.counts,
        gII: (document.getElementById('ctl-gII') as HTMLInputElement).value,
      })),
    ).toEqual(wanted);
    expect(await again.page.locator('#notice').isHidden()).toBe(true);
    const bad = await open(env.browser(), `${env.server().url}#v1.not*base64`);
    expect(await bad.page.locator('#notice').isVisible()).toBe(true);
    expect(await bad.page.locator('#preset').inputValue()).toBe('plan-midpoint');
    expect(await bad.page.locator('tr[data-target]').count()).toBe(50);
    expect([...errors, ...again.errors, ...bad.errors]).toEqual([]);
    for (const p of [page, again.page, bad.page]) await p.context().close();
  });
});

describe('sensitivity (tornado)', () => {
  /** The tornado's bars as drawn, and whether a newer run is still being analysed. */
  const tornado = (page: Page) =>
    page.evaluate(() => {
      const s = window.__plancast!.sensitivity;
      return {
        bars: JSON.stringify(s.slot?.view?.data('bars') ?? null),
        busy: document.getElementById('sens-status')!.textContent !== '',
      };
    });
  /** Waits (generously: the worker is busy on a loaded machine) until the drawn bars differ from `before`. */
  const changedFrom = (page: Page, before: string) =>
    page.waitForFunction(
      (b) => {
        const s = window.__plancast!.sensitivity;
        const now = JSON.stringify(s.slot?.view?.data('bars') ?? null);
        return now !== b && document.getElementById('sens-status')!.textContent === '';
      },
      before,
      { timeout: 45_000, polling: 250 },
    );
  const label = (page: Page) =>
    page.locator('.chart-card[data-chart="tornado"] .plot').getAttribute('aria-label');

  it('draws per capita 2025 by default, follows the sliders and the chosen target, in both languages', async () => {
    const { page, errors } = await open(env.browser(), env.server().url);
    await changedFrom(page, 'null');
    expect(await page.locator('.chart-card[data-chart="tornado"] canvas').count()).toBe(1);
    expect(await page.locator('#sens-title').innerText()).toBe('Độ nhạy');
    expect(await page.locator('#sens-target').inputValue()).toBe('per-capita-2025');
    expect(await label(page)).toContain('Độ nhạy: GRDP bình quân đầu người năm 2025');
    const first = await tornado(page);
    const bars0 = JSON.parse(first.bars) as { label: string; from: number; width: number }[];
    expect(bars0.length).toBeGreaterThanOrEqual(6);
    expect(bars0.map((b) => b.label)).toContain('Tăng trưởng khu vực II ±1 điểm %');

    // A slider move: the tornado is recomputed in the worker (debounced) around the new central value.
    await slide(page, 'gII', 8);
    await changedFrom(page, first.bars);
    const bars1 = JSON.parse((await tornado(page)).bars) as { from: number }[];
    expect(bars1[0]!.from).toBeLessThan(bars0[0]!.from);

    // Another target; the choice survives the next slider move.
    await page.selectOption('#sens-target', 'grdp-growth');
    await page.waitForFunction(
      () =>
        /Tăng trưởng GRDP bình quân/.test(
          document.querySelector('.chart-card[data-chart="tornado"] .plot')?.getAttribute('aria-label') ?? '',
        ),
      null,
      { timeout: 45_000, polling: 250 },
    );
    const growth = await tornado(page);
    await slide(page, 'gIII', 9);
    await changedFrom(page, growth.bars);
    expect(await page.locator('#sens-target').inputValue()).toBe('grdp-growth');

    await page.click('#lang-en');
    await page.evaluate(() => window.__plancast!.idle());
    await page.waitForFunction(
      () =>
        /Sensitivity: Average GRDP growth/.test(
          document.querySelector('.chart-card[data-chart="tornado"] .plot')?.getAttribute('aria-label') ?? '',
        ),
      null,
      { timeout: 45_000, polling: 250 },
    );
    expect(await page.locator('#sens-title').innerText()).toBe('Sensitivity');
    expect(await page.locator('#sens-target option:checked').innerText()).toBe(
      'Average GRDP growth 2021-2025',
    );

    const dir = artifacts();
    for (const fmt of ['png', 'svg'] as const) {
      const [dl] = await Promise.all([
        page.waitForEvent('download'),
        page.click(`.chart-card[data-chart="tornado"] button[data-format="${fmt}"]`),
      ]);
      expect(dl.suggestedFilename()).toBe(`plancast-tornado.${fmt}`);
      const file = path.join(dir, `download-${dl.suggestedFilename()}`);
      await dl.saveAs(file);
      const bytes = readFileSync(file);
      if (fmt === 'png') expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      else expect(bytes.toString('utf8')).toContain('Sector II real growth ±1 pp');
    }
    await page.locator('#sensitivity').screenshot({ path: path.join(dir, 'tornado.png') });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('print', () => {
  it('prints a summary on A4 portrait: verdict, charts across the page, assumptions and the modelled targets, no controls', async () => {
    const { page, errors } = await open(env.browser(), env.server().url);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await page.locator('#controls').isVisible()).toBe(false);
    expect(await page.locator('#verdict-text').isVisible()).toBe(true);
    expect(await page.locator('#print-assumptions').innerText()).toContain('Tỷ lệ vốn đầu tư/GRDP: 35,50');
    const pdf = await page.pdf({ preferCSSPageSize: true });
    // One chart per row, each the page's width (test/e2e/truth.test.ts checks ≥ 160 mm): a few pages, not one.
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(5);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('downloads', () => {
  it('saves scenario JSON the CLI runs, CSV, .xlsx, PNG and SVG, offline', async () => {
    const { page, errors } = await open(env.browser(), env.server().url);
    // Everything is bundled: once loaded, the page keeps working offline (exceljs included).
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((e) => /exceljs/.test(e.name)),
    );
    await page.context().setOffline(true);
    await slide(page, 'gII', 13);
    await slide(page, 'shP', -4);
    const dir = artifacts();
    const save = async (selector: string) => {
      const [dl] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
      const file = path.join(dir, `download-${dl.suggestedFilename()}`);
      await dl.saveAs(file);
      return file;
    };
    const json = await save('#dl-json');
    const cli = spawnSync(process.execPath, [path.join(ROOT, 'bin/plancast.mjs'), 'run', json, '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(cli.status, cli.stderr).toBe(0);
    const counts = await page.evaluate(() => window.__plancast!.app.run.card.counts);
    expect(JSON.parse(cli.stdout).counts).toEqual(counts);
    expect(readFileSync(await save('#dl-csv'), 'utf8')).toMatch(/^year,year_kind,grdp_real_bn_vnd/);
    expect(readFileSync(await save('#dl-csv-card'), 'utf8').split('\n')).toHaveLength(52);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await save('#dl-xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['assumptions', 'series', 'scorecard']);
    expect(wb.getWorksheet('scorecard')!.rowCount).toBe(51);
    const png = readFileSync(await save('.chart-card[data-chart="growth"] button[data-format="png"]'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(
      readFileSync(await save('.chart-card[data-chart="growth"] button[data-format="svg"]'), 'utf8'),
    ).toContain('<svg');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
