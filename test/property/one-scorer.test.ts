import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { SECTORS } from '../../src/core/sectors.ts';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { project } from '../../src/model/project.ts';
import type { RunInput } from '../../src/model/resolved-scenario.ts';
import type { ModelPack } from '../../src/schema/model-pack.ts';
import { evaluate } from '../../src/targets/scorecard.ts';
import { compileTargets } from '../../src/targets/compile.ts';
import { STATUS_CODES, statusOf } from '../../src/targets/scorer.ts';
import { ProjectionKernel } from '../../src/model/kernel.ts';
import { packArb, scenarioArb } from '../helpers/arbitraries.ts';
import { resolveOk, tinyPack } from '../helpers/tiny.ts';

/**
 * The Monte Carlo scores a draw with the compiled targets bound to the kernel (with the average-growth
 * shortcut); the scorecard reduces the projection's named paths. Both go through src/targets/scorer.ts:
 * every status must agree, for every target, on any input.
 */
function assertSame(pack: ModelPack, input: RunInput): void {
  const card = new Map(evaluate(pack, project(pack, input)).rows.map((r) => [r.id, r.status]));
  const k = new ProjectionKernel(pack, input);
  k.run();
  for (const c of compileTargets(pack, k)) {
    const want = card.get(c.target.id)!;
    // A target resting on a placeholder has no verdict in either: the flag and the status agree.
    if ((want === 'cannot-assess') !== !c.assessable)
      throw new Error(`${c.target.id}: scorecard ${want}, Monte Carlo assessable ${c.assessable}`);
    if (!c.assessable) continue;
    const got = STATUS_CODES[statusOf(c.op, k.n - 1, k.period)];
    if (want !== got && !(want === 'not-modelled' && got === 'undefined'))
      throw new Error(`${c.target.id}: scorecard ${want}, Monte Carlo ${got}`);
  }
}

describe('the Monte Carlo status of every target equals the scorecard status on random inputs', () => {
  const tiny = tinyPack();
  it('tiny pack: random base structure and scenario (growth, deflators, population, exports, ICOR/rate mode)', () => {
    fc.assert(
      fc.property(packArb(tiny), scenarioArb(tiny), (pack, spec) => assertSame(pack, resolveOk(pack, spec))),
      { numRuns: 150 },
    );
  });

  const bt = loadModelPack('ben-tre-2021-2025');
  const years = [2021, 2022, 2023, 2024, 2025];
  it('Ben Tre pack: budget modes, as-of years with actuals, indicators, α', () => {
    const arb = fc.record({
      shift: fc.double({ min: -8, max: 10, noNaN: true }),
      deflator: fc.double({ min: -5, max: 15, noNaN: true }),
      mode: fc.constantFrom('ratio', 'buoyancy'),
      buoyancy: fc.double({ min: 0.5, max: 2, noNaN: true }),
      inv: fc.constantFrom('icor', 'rate'),
      asOf: fc.option(fc.integer({ min: 2020, max: 2025 }), { nil: undefined }),
      alpha: fc.double({ min: 0.3, max: 0.7, noNaN: true }),
      urban: fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 5, maxLength: 5 }),
    });
    fc.assert(
      fc.property(arb, (a) => {
        const spec: Record<string, unknown> = {
          assumptions: {
            growth: Object.fromEntries(SECTORS.map((s, i) => [s, 4 + i * 3 + a.shift])),
            deflator: { I: a.deflator, II: a.deflator / 2, III: a.deflator + 1, T: 0 },
            budget: { mode: a.mode, buoyancy: a.buoyancy },
            investment: { mode: a.inv },
            capitalShare: a.alpha,
            indicators: { urbanisation: Object.fromEntries(years.map((y, i) => [String(y), a.urban[i]!])) },
          },
        };
        if (a.asOf !== undefined) spec.asOf = a.asOf;
        assertSame(bt, resolveOk(bt, spec));
      }),
      { numRuns: 150 },
    );
  });

  it('shipped scenarios', () => {
    for (const name of ['plan-midpoint', 'plan-low', 'plan-high', 'covid-2021', 'trend']) {
      const spec = JSON.parse(readFileSync(`scenarios/${name}.json`, 'utf8')) as Record<string, unknown>;
      assertSame(bt, resolveOk(bt, spec));
    }
  });
});
