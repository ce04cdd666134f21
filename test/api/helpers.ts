import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import type { AppOptions } from '../../src/api/options.ts';
import { TINY_DIR } from '../helpers/tiny.ts';

/** A valid scenario for the tiny pack (growth overrides only). */
export const TINY_SCENARIO = {
  model: 'tiny',
  name: { vi: 'Thử', en: 'Test' },
  assumptions: { growth: { I: 12 } },
};

let dirs: { modelsDir: string; scenariosDir: string; webDir: string } | undefined;

/** A models/ folder holding the tiny pack (as `tiny`), a scenarios/ folder with one file, and no web build. */
export function fixtureDirs(): { modelsDir: string; scenariosDir: string; webDir: string } {
  if (dirs) return dirs;
  const root = mkdtempSync(path.join(tmpdir(), 'plancast-api-'));
  const modelsDir = path.join(root, 'models');
  const scenariosDir = path.join(root, 'scenarios');
  mkdirSync(modelsDir);
  mkdirSync(scenariosDir);
  symlinkSync(TINY_DIR, path.join(modelsDir, 'tiny'), 'dir');
  writeFileSync(path.join(scenariosDir, 'tiny-high.json'), JSON.stringify(TINY_SCENARIO));
  dirs = { modelsDir, scenariosDir, webDir: path.join(root, 'web-dist-missing') };
  return dirs;
}

/** The app on the fixture folders, quiet, not rate-limited unless asked. */
export function testApp(options: AppOptions = {}) {
  return buildApp({ ...fixtureDirs(), rateLimit: false, workerThreads: 1, ...options });
}

/** Asserts an RFC 9457 problem answer with this status, and returns its body. */
export function expectProblem(res: LightMyRequestResponse, status: number) {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json() as {
    type: string;
    title: string;
    status: number;
    detail: string;
    problems: Record<string, unknown>[];
  };
  expect(body.type).toMatch(/^urn:plancast:problem:/);
  expect(typeof body.title).toBe('string');
  expect(body.status).toBe(status);
  expect(typeof body.detail).toBe('string');
  expect(Array.isArray(body.problems)).toBe(true);
  for (const p of body.problems) {
    expect(typeof p.code).toBe('string');
    expect(Array.isArray(p.path)).toBe(true);
    expect(typeof p.message).toBe('string');
  }
  return body;
}

/** POSTs a JSON (or raw string) body. */
export function post(
  app: ReturnType<typeof testApp>,
  url: string,
  body: unknown,
  contentType = 'application/json',
) {
  return app.inject({
    method: 'POST',
    url,
    payload: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': contentType },
  });
}

/** A log stream that keeps each written line (for a logger's `stream`). */
export function lineCollector(): { lines: string[]; stream: Writable } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      lines.push(...chunk.toString().trim().split('\n'));
      cb();
    },
  });
  return { lines, stream };
}
