import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TINY_DIR } from '../helpers/tiny.ts';
import { post, testApp } from './helpers.ts';

/** A models/ folder with the tiny pack whose poverty base is marked a placeholder (no data). */
function modelsWithPlaceholder(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'plancast-truth-api-'));
  const dir = path.join(root, 'tiny');
  cpSync(TINY_DIR, dir, { recursive: true });
  const file = path.join(dir, 'model.json');
  const model = JSON.parse(readFileSync(file, 'utf8'));
  const poverty = model.indicators.find((d: { id: string }) => d.id === 'poverty');
  Object.assign(poverty.base, { estimate: 'no data found', placeholder: 'no-data' });
  writeFileSync(file, JSON.stringify(model));
  return root;
}

const app = testApp({ modelsDir: modelsWithPlaceholder() });
afterAll(() => app.close());

describe('POST /api/project: provenance and "cannot be assessed"', () => {
  it('gives every series value a provenance kind and counts the placeholder target apart', async () => {
    const r = await post(app, '/api/project', { model: 'tiny', asOf: 2021 });
    expect(r.statusCode).toBe(200);
    const out = r.json();
    const n = out.years.length;
    const kinds = new Set(['published', 'derived', 'assumed', 'estimated']);
    for (const s of Object.values(out.provenance.series) as {
      kind: string[];
      source?: (number | null)[];
    }[]) {
      expect(s.kind).toHaveLength(n);
      for (const k of s.kind) expect(kinds.has(k)).toBe(true);
      // A source exactly where a value is published.
      s.kind.forEach((k, i) => expect((s.source?.[i] ?? null) !== null).toBe(k === 'published'));
    }
    expect(out.provenance.series.growth.kind).toEqual(['published', 'published', 'assumed']);
    expect(out.provenance.sources[out.provenance.series.growth.source[1]]).toBe('test');
    const poverty = out.scorecard.find((x: { id: string }) => x.id === 'poverty');
    expect(poverty).toMatchObject({
      status: 'cannot-assess',
      gap: null,
      placeholders: ['indicator.poverty'],
    });
    expect(out.counts['cannot-assess']).toBe(1);
  });
});
