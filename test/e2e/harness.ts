import { afterAll, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST = path.join(ROOT, 'web/dist');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');

/** The strict policy the API server sends (helmet): no eval, no inline script, same origin only. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; worker-src 'self' blob:; " +
  "connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; script-src-attr 'none'";

/** Builds the page when web/dist is missing (npm test builds it before vitest runs). */
export function ensureBuilt(): void {
  if (existsSync(path.join(DIST, 'index.html'))) return;
  const r = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('vite build failed');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface Served {
  url: string;
  kind: 'api' | 'static';
  close(): Promise<void>;
}

/** Serves web/dist on 127.0.0.1:0: through the real API server when it builds, else a tiny static server with the same CSP. */
export async function serve(): Promise<Served> {
  try {
    const { buildApp } = (await import('../../src/api/app.ts')) as {
      buildApp: (o: object) => import('fastify').FastifyInstance;
    };
    const app = buildApp({ rateLimit: false, webDir: DIST, workerThreads: 1 });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    return { url: `http://127.0.0.1:${port}/`, kind: 'api', close: () => app.close() };
  } catch {
    return serveStatic();
  }
}

export async function serveStatic(): Promise<Served> {
  const server: Server = createServer((req, res) => {
    const rel =
      decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.resolve(DIST, rel);
    if (!file.startsWith(DIST) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-security-policy': STRICT_CSP,
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    kind: 'static',
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Opens the page and collects console errors and page errors (the tests expect none). */
export async function open(
  browser: Browser,
  url: string,
  viewport = { width: 1366, height: 768 },
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForSelector('body[data-ready="1"]', { timeout: 30_000 });
  return { page, errors };
}

export function artifacts(): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return ARTIFACTS;
}

/**
 * Starts the real server and a headless Chromium for the suite that calls it, and closes both after.
 * Returns live getters (the values exist only once `beforeAll` has run).
 */
export function useServerAndBrowser(): { server: () => Served; browser: () => Browser } {
  let server: Served | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    ensureBuilt();
    server = await serve();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { server: () => server!, browser: () => browser! };
}

/** Sets a slider the way a user's drag does (value + input event) and waits until charts are drawn. */
export const slide = (page: Page, key: string, value: number) =>
  page.evaluate(
    async ([k, v]) => {
      const el = document.getElementById(`ctl-${k}`) as HTMLInputElement;
      el.value = String(v);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      await window.__plancast!.idle();
    },
    [key, value] as const,
  );

/** The status cell of a target's scorecard row. */
export const statusCell = (page: Page, id: string) =>
  page.locator(`tr[data-target="${id}"] td.c-status`).innerText();
