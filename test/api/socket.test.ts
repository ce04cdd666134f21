import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { installShutdown, startServer, type RunningServer } from '../../src/api/server.ts';
import { TINY_SCENARIO, fixtureDirs } from './helpers.ts';
import { listenUrl } from '../helpers/listen.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ ...fixtureDirs(), rateLimit: false, workerThreads: 1 }, 0, '127.0.0.1');
});
afterAll(() => server.app.close());

const postJson = (url: string, body: string, type = 'application/json') =>
  fetch(url, { method: 'POST', headers: { 'content-type': type }, body });

describe('over a real socket on 127.0.0.1 (ephemeral port)', () => {
  it('listens on loopback and answers health', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const r = await fetch(`${server.url}/api/health`);
    expect(r.status).toBe(200);
    expect((await r.json()).status).toBe('ok');
  });

  it('POST /api/project answers JSON, and the same bytes for the same body (answer cache)', async () => {
    const body = JSON.stringify(TINY_SCENARIO);
    const a = await postJson(`${server.url}/api/project`, body);
    const b = await postJson(`${server.url}/api/project`, body);
    expect(a.status).toBe(200);
    expect(a.headers.get('content-type')).toMatch(/^application\/json/);
    const [ta, tb] = [await a.text(), await b.text()];
    expect(tb).toBe(ta);
    expect(JSON.parse(ta).model.id).toBe('tiny');
  });

  it('refusals are problem+json over the wire too', async () => {
    const bad = await postJson(`${server.url}/api/project`, '{"model":');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const type = await postJson(`${server.url}/api/project`, 'x', 'text/csv');
    expect(type.status).toBe(415);
    const big = await postJson(`${server.url}/api/project`, JSON.stringify({ model: 'x'.repeat(400_000) }));
    expect(big.status).toBe(413);
    expect((await big.json()).type).toBe('urn:plancast:problem:body-too-large');
  });

  it('SIGTERM lets an in-flight request finish, then closes and exits 0', async () => {
    const app = buildApp({ ...fixtureDirs(), rateLimit: false });
    app.get('/slow', async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { done: true };
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    let code: number | undefined;
    const exited = new Promise<void>((resolve) => {
      const remove = installShutdown(app, (c) => {
        code = c;
        remove();
        resolve();
      });
    });
    const pending = fetch(`${url}/slow`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    process.emit('SIGTERM', 'SIGTERM');
    const r = await pending;
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ done: true });
    await exited;
    expect(code).toBe(0);
    await expect(fetch(`${url}/api/health`)).rejects.toThrow();
  });
});

describe('src/api/main.ts as a process', () => {
  it('reads PORT and HOST, logs one line per request without bodies, exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/api/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const listening = listenUrl(child);
    const url = await listening.url;
    const marker = 'SECRET-BODY-MARKER';
    const r = await postJson(
      `${url}/api/project`,
      JSON.stringify({ model: 'nope', name: { vi: marker, en: marker } }),
    );
    expect(r.status).toBe(422);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', (c) => resolve(c));
      child.kill('SIGTERM');
    });
    expect(code).toBe(0);
    const lines = listening
      .output()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const requests = lines.filter((l) => l.msg === 'request');
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ method: 'POST', url: '/api/project', status: 422 });
    expect(listening.output()).not.toContain(marker);
    expect(lines.some((l) => l.msg === 'stopped')).toBe(true);
  }, 60_000);
});
