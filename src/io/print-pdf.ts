import { existsSync } from 'node:fs';
import { PlancastError } from '../core/problems.ts';

/**
 * Where Debian's Chromium is (scripts/ensure-chromium.sh installs it). `PLANCAST_CHROMIUM`, when set,
 * is the only place looked at, so a machine can point to its own browser (or to none).
 */
export function chromiumPath(): string | null {
  const set = process.env.PLANCAST_CHROMIUM;
  const candidates = set ? [set] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** No network of any kind while printing: the report is self-contained, nothing may be fetched. */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Prints a self-contained HTML document to an A4 PDF with Chromium through playwright-core, loaded
 * only here so no other command pays for it. No Chromium → a PlancastError (exit 2) saying how to
 * get one; the browser never downloads itself.
 */
export async function printPdf(html: string): Promise<Buffer> {
  const executablePath = chromiumPath();
  if (executablePath === null)
    throw new PlancastError('--out', [
      {
        code: 'no_chromium',
        path: [],
        allowed: 'an HTML output (--out report.html), or Chromium installed',
        message:
          'printing a PDF needs Chromium, and none was found at /usr/bin/chromium or $PLANCAST_CHROMIUM; install it (scripts/ensure-chromium.sh, or apt-get install chromium) or write --out report.html',
      },
    ]);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, headless: true, args: ARGS });
  try {
    const page = await browser.newPage();
    // Any request would be a defect of the report: refuse them all.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
