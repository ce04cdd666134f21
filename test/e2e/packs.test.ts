import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifacts, open, useServerAndBrowser } from './harness.ts';

const env = useServerAndBrowser();

const BT = 'ben-tre-2021-2025';
const VL = 'vinh-long-2026-2030';

/** What the page shows of the chosen pack: menus, slider years, chart years, scorecard. */
const view = (page: Page) =>
  page.evaluate(() => {
    const app = window.__plancast!.app;
    const values = (sel: string) =>
      [...document.querySelectorAll<HTMLOptionElement>(sel)].map((o) => o.value);
    const chartYears = (i: number) =>
      [...new Set((app.slots[i]!.view!.data('series') as { year: number }[]).map((r) => r.year))].sort();
    return {
      pack: (document.getElementById('pack') as HTMLSelectElement).value,
      preset: (document.getElementById('preset') as HTMLSelectElement).value,
      presets: values('#preset option'),
      asOf: values('#asof option'),
      shockYears: values('#ctl-shY option'),
      growthYears: chartYears(0),
      perCapitaYears: chartYears(1),
      targets: [...document.querySelectorAll<HTMLElement>('tr[data-target]')].map((r) => r.dataset.target),
      scorecard: document.getElementById('scorecard')!.innerText,
      counts: app.run.card.counts,
      gII: (document.getElementById('ctl-gII') as HTMLInputElement).value,
      planName: document.getElementById('plan-name')!.textContent,
      charts: [...document.querySelectorAll<HTMLElement>('#charts .chart-card')].map((c) => c.dataset.chart),
    };
  });
const idle = (page: Page) => page.evaluate(() => window.__plancast!.idle());
/** Waits until the throttled URL write has caught up with the state. */
const hashWritten = (page: Page) =>
  page.waitForFunction(() => location.hash.replace(/^#/, '') === window.__plancast!.hash());

describe('the pack selector', () => {
  it('selects Vinh Long 2026-2030: its years, presets and targets; the URL keeps it over a reload', async () => {
    const { page, errors } = await open(env.browser(), env.server().url);
    // Every pack of the build, labelled in the page's language; an address without a pack is Ben Tre.
    expect(await page.locator('#lbl-pack').innerText()).toBe('Kế hoạch');
    expect(
      await page
        .locator('#pack option')
        .evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent])),
    ).toEqual([
      [BT, 'Bến Tre 2021-2025'],
      [VL, 'Vĩnh Long 2026-2030'],
    ]);
    const bt = await view(page);
    expect(bt.pack).toBe(BT);
    expect(bt.asOf).toEqual(['', '2021', '2022', '2023', '2024', '2025']);
    expect(bt.targets).toHaveLength(50);

    // A moved slider and another preset: the switch drops both for Vinh Long's default preset.
    await page.selectOption('#preset', 'plan-low');
    await idle(page);
    await page.evaluate(async () => {
      const el = document.getElementById('ctl-gII') as HTMLInputElement;
      el.value = '20';
      el.dispatchEvent(new Event('input', { bubbles: true }));
      await window.__plancast!.idle();
    });
    await page.selectOption('#pack', VL);
    await idle(page);
    const vl = await view(page);
    expect(vl.pack).toBe(VL);
    expect(vl.preset).toBe(VL);
    expect(vl.presets).toEqual([VL, 'vinh-long-plan-optimism']);
    expect(await page.evaluate(() => window.__plancast!.app.state.overrides)).toEqual({});
    expect(vl.asOf).toEqual(['', '2026', '2027', '2028', '2029', '2030']);
    expect(vl.shockYears).toEqual(['2026', '2027', '2028', '2029', '2030']);
    // Charts: base year 2025, then the plan years 2026-2030 (no Ben Tre year before 2025).
    expect(vl.growthYears).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    expect(vl.perCapitaYears).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    // Vinh Long draws one chart more: its digital-economy share against VL.4 and the national ≈ 30 %.
    expect(bt.charts).not.toContain('digitalShare');
    expect(vl.charts).toEqual([...bt.charts, 'digitalShare']);
    expect(
      await page.evaluate(() =>
        window
          .__plancast!.app.slots.at(-1)!
          .view!.data('national')
          .map((r) => (r as { value: number }).value),
      ),
    ).toEqual([30]);
    expect(
      await page.locator('.chart-card[data-chart="growth"] .plot').getAttribute('aria-label'),
    ).toBeTruthy();
    // Scorecard: Vinh Long's own eight targets, named for 2026-2030.
    expect([...vl.targets].sort()).toEqual([
      'digital-economy',
      'drug-free-communes',
      'grdp-2030',
      'grdp-growth',
      'investment-2030',
      'per-capita',
      'revenue-growth',
      'security-safe-communes',
    ]);
    expect(vl.scorecard).toContain('2026-2030');
    expect(vl.scorecard).toContain('2030');
    expect(vl.planName).toContain('Vĩnh Long');
    expect(vl.counts).not.toEqual(bt.counts);
    // The worker follows the pack: the goal-seek column and the tornado (per capita 2030) arrive.
    await page.waitForFunction(
      () =>
        document.querySelectorAll('#scorecard td.pending').length === 0 &&
        window.__plancast!.app.required !== null &&
        window.__plancast!.app.required.size > 0,
      null,
      { timeout: 45_000, polling: 250 },
    );
    await page.waitForFunction(
      () =>
        window.__plancast!.sensitivity.slot !== null &&
        document.getElementById('sens-status')!.textContent === '',
      null,
      { timeout: 45_000, polling: 250 },
    );
    expect(await page.locator('#sens-target').inputValue()).toBe('per-capita');

    // The pack travels in the URL: a reload stays on Vinh Long.
    await hashWritten(page);
    expect(page.url()).toContain('#v1.');
    await page.reload();
    await page.waitForSelector('body[data-ready="1"]', { timeout: 30_000 });
    // (The goal-seek column of the reloaded page is still being computed: compare the rest.)
    expect({ ...(await view(page)), scorecard: '' }).toEqual({ ...vl, scorecard: '' });
    expect(await page.locator('#notice').isHidden()).toBe(true);
    await page.screenshot({ path: path.join(artifacts(), 'vinh-long-view.png') });

    // English labels follow; back to Ben Tre: its default preset, its years, and the default (empty) hash.
    await page.click('#lang-en');
    await idle(page);
    expect(await page.locator('#lbl-pack').innerText()).toBe('Plan');
    expect(await page.locator('#pack option:checked').innerText()).toBe('Vinh Long 2026-2030');
    await page.click('#lang-vi');
    await idle(page);
    await page.selectOption('#pack', BT);
    await idle(page);
    const back = await view(page);
    expect({ ...back, scorecard: '' }).toEqual({ ...bt, scorecard: '' });
    await hashWritten(page);
    expect(new URL(page.url()).hash).toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
