import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectProblem, post, testApp } from './helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** The shipped packs, so the Vinh Long pack is served as it is. */
const app = testApp({ modelsDir: path.join(ROOT, 'models'), scenariosDir: path.join(ROOT, 'scenarios') });
afterAll(() => app.close());

describe("POST /api/project with this year's estimate", () => {
  it('takes `estimate` in the scenario: 2026 grows 6.2 %, marked estimated, the run is as of 2026', async () => {
    const r = await post(app, '/api/project', {
      model: 'vinh-long-2026-2030',
      estimate: { year: 2026, growth: 6.2, perCapita: 92 },
    });
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json();
    expect(body.series.growth[1]).toBeCloseTo(0.062, 12);
    expect(body.series.perCapita[1]).toBeCloseTo(92, 9);
    expect(body.scenario.asOf).toBe(2026);
    expect(body.provenance.series.growth.kind[1]).toBe('estimated');
  });

  it('refuses an estimate out of range as a problem naming the field, the value and the range', async () => {
    const r = await post(app, '/api/project', {
      model: 'vinh-long-2026-2030',
      estimate: { year: 2026, growth: 45 },
    });
    const first = expectProblem(r, 400).problems[0]!;
    expect(first).toMatchObject({ path: ['estimate', 'growth'], value: 45 });
    expect(String(first.message)).toContain('-10 to 40');
  });
});
