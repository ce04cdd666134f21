import { describe, expect, it } from 'vitest';
import { SECTORS } from '../../src/core/sectors.ts';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { McPlan } from '../../src/uncertainty/plan.ts';
import { resolveOk } from '../helpers/tiny.ts';

const pack = loadModelPack('ben-tre-2021-2025');

describe('Monte Carlo draws never turn a level negative', () => {
  it('a scenario just above the −100 % edge: with the default spreads every draw keeps positive levels (issue 16 follow-up)', () => {
    // Sector II at −10 % with −50 and −39.9 pp shocks in 2021: −99.9 %, accepted at resolution.
    const input = resolveOk(pack, {
      assumptions: { growth: { II: -10 } },
      shocks: [
        { sector: 'II', year: 2021, sizePp: -50 },
        { sector: 'II', year: 2021, sizePp: -39.9 },
      ],
    });
    const plan = new McPlan(pack, input);
    const k = plan.kernel;
    let bad = 0;
    for (let i = 0; i < 2000; i++) {
      plan.drawInputs(7, i);
      k.run();
      for (let j = 0; j < SECTORS.length * k.n; j++) if (!(k.real[j]! > 0 && k.nominal[j]! > 0)) bad++;
      for (let t = 0; t < k.n; t++) if (!(k.grdpNominal[t]! > 0 && k.exports[t]! > 0)) bad++;
    }
    expect(bad).toBe(0);
  });
});
