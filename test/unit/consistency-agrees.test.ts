import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECTORS } from '../../src/core/sectors.ts';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { project } from '../../src/model/project.ts';
import type { ModelPack } from '../../src/schema/model-pack.ts';
import { consistency } from '../../src/targets/consistency.ts';
import { evaluate } from '../../src/targets/scorecard.ts';
import { resolveOk } from '../helpers/tiny.ts';

/**
 * The consistency report judges targets at the plan's mid rates and equal relative prices. A run
 * with exactly those assumptions must get the same status for every target both judge: one scorer.
 */
function agreement(pack: ModelPack): { id: string; report: string; scorecard: string }[] {
  const r = consistency(pack);
  const mid = Object.fromEntries(
    SECTORS.map((s) => [s, r.verdicts.find((v) => v.series === `real.${s}`)!.value]),
  );
  const spec = {
    model: pack.model.id,
    assumptions: { growth: mid, deflator: Object.fromEntries(SECTORS.map((s) => [s, 3])) },
  };
  const card = new Map(
    evaluate(pack, project(pack, resolveOk(pack, spec))).rows.map((x) => [x.id, x.status]),
  );
  return r.verdicts.map((v) => ({ id: v.id, report: v.status, scorecard: card.get(v.id)! }));
}

describe('the consistency report and the scorecard agree on every target both judge', () => {
  it('Ben Tre 2021-2025: total, four sector bands and four shares', () => {
    const rows = agreement(loadModelPack('ben-tre-2021-2025'));
    expect(rows).toHaveLength(9);
    for (const row of rows) expect(row.scorecard, row.id).toBe(row.report);
    // The product-tax share at equal prices meets its target, so the finding is not "inconsistent".
    const r = consistency(loadModelPack('ben-tre-2021-2025'));
    expect(r.findings.find((f) => f.id === 'product-taxes')!.severity).toBe('ok');
  });

  it('docs/model.md §7 base A fixture', () => {
    const pack = loadModelPack(path.resolve(import.meta.dirname, '..', 'fixtures', 'solve-five-year'));
    const rows = agreement(pack);
    expect(rows.length).toBeGreaterThan(4);
    for (const row of rows) expect(row.scorecard, row.id).toBe(row.report);
  });
});
