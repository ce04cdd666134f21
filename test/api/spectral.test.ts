import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from './helpers.ts';

/**
 * Issue 16, item 6: the generated OpenAPI document passes spectral's built-in `spectral:oas`
 * ruleset (.spectral.yaml) with no error and no warning. Offline: the ruleset ships with spectral.
 */
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SPECTRAL = path.join(ROOT, 'node_modules', '.bin', 'spectral');

const app = testApp({ rateLimit: {} });
afterAll(() => app.close());

interface SpectralResult {
  code: string;
  message: string;
  path: string[];
  severity: number;
}

describe('/openapi.json under spectral:oas', () => {
  it('has no errors, warnings or hints', async () => {
    const r = await app.inject('/openapi.json');
    expect(r.statusCode).toBe(200);
    const dir = mkdtempSync(path.join(tmpdir(), 'plancast-oas-'));
    const file = path.join(dir, 'openapi.json');
    const report = path.join(dir, 'spectral.json');
    writeFileSync(file, r.body);
    const lint = spawnSync(
      SPECTRAL,
      [
        'lint',
        '--ruleset',
        path.join(ROOT, '.spectral.yaml'),
        '--format',
        'json',
        '--output',
        report,
        '--fail-severity',
        'hint',
        file,
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
    );
    expect(lint.error).toBeUndefined();
    const results = JSON.parse(readFileSync(report, 'utf8')) as SpectralResult[];
    const shown = results.map((x) => `${x.code} at ${x.path.join('.')}: ${x.message}`);
    expect(shown).toEqual([]);
    expect(lint.status, lint.stderr).toBe(0);
  }, 180_000);

  it('names every operation and lists a server and a contact', async () => {
    const doc = (await app.inject('/openapi.json')).json() as {
      info: { contact?: unknown };
      servers?: unknown[];
      paths: Record<string, Record<string, { operationId?: string }>>;
    };
    expect(doc.info.contact).toBeDefined();
    expect(doc.servers?.length).toBeGreaterThan(0);
    const ids = Object.values(doc.paths).flatMap((ops) => Object.values(ops).map((op) => op.operationId));
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
