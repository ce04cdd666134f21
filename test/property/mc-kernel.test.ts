import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { SECTORS } from '../../src/core/sectors.ts';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { project } from '../../src/model/project.ts';
import type { RunInput } from '../../src/model/resolved-scenario.ts';
import type { ModelPack } from '../../src/schema/model-pack.ts';
import { evaluate } from '../../src/targets/scorecard.ts';
import { compileTargets, STATUS_CODES } from '../../src/uncertainty/kernel-targets.ts';
import { ProjectionKernel } from '../../src/uncertainty/kernel.ts';
import { packArb, scenarioArb } from '../helpers/arbitraries.ts';
import { resolveOk, tinyPack } from '../helpers/tiny.ts';

const REL = 1e-9;
const close = (a: number, b: number) =>
  Number.isFinite(a)
    ? Math.abs(a - b) <= REL * Math.max(1, Math.abs(a), Math.abs(b))
    : Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));

/** Every series of project() equals the kernel's to 1e-9 relative; every target status agrees. */
function assertSame(pack: ModelPack, input: RunInput): void {
  const p = project(pack, input);
  const k = new ProjectionKernel(pack, input);
  k.run();
  const n = k.n;
  const check = (name: string, want: readonly number[], got: ArrayLike<number>, off = 0) =>
    want.forEach((w, t) => {
      if (!close(w, got[off + t]!)) throw new Error(`${name}[${t}]: project ${w}, kernel ${got[off + t]}`);
    });
  SECTORS.forEach((s, i) => {
    check(`real.${s}`, p.real[s], k.real, i * n);
    check(`nominal.${s}`, p.nominal[s], k.nominal, i * n);
    check(`deflator.${s}`, p.deflator[s], k.deflator, i * n);
    check(`share.${s}`, p.share[s], k.share, i * n);
    check(`sectorGrowth.${s}`, p.sectorGrowth[s], k.sectorGrowth, i * n);
  });
  const keys = [
    'grdpReal',
    'grdpNominal',
    'grdpDeflator',
    'growth',
    'population',
    'perCapita',
    'revenue',
    'ownRevenue',
    'recurrent',
    'selfBalance',
    'transfers',
    'development',
    'balance',
    'investment',
    'investmentRate',
    'capital',
    'capitalGrowth',
    'labour',
    'tfpGrowth',
    'exports',
  ] as const;
  for (const key of keys) check(key, p[key], k[key]);
  pack.model.indicators.forEach((d, j) =>
    check(`indicator.${d.id}`, p.indicators[d.id]!, k.indicators, j * n),
  );
  for (const [key, v] of Object.entries(p.period))
    if (!close(v, k.period[key as keyof typeof k.period]))
      throw new Error(`period.${key}: ${v} vs ${k.period[key as keyof typeof k.period]}`);
  const card = new Map(evaluate(pack, p).rows.map((r) => [r.id, r.status]));
  for (const c of compileTargets(pack, k)) {
    const want = card.get(c.target.id)!;
    const got = STATUS_CODES[c.status()];
    if (want !== got && !(want === 'not-modelled' && got === 'undefined'))
      throw new Error(`${c.target.id}: scorecard ${want}, kernel ${got}`);
  }
}

describe('the Monte Carlo kernel equals project() (1e-9 relative) on random inputs', () => {
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
