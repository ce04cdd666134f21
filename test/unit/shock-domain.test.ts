import { describe, expect, it } from 'vitest';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { resolveScenario } from '../../src/model/resolve-scenario.ts';
import { tinyPack } from '../helpers/tiny.ts';

const shocks = (n: number, sizePp: number, extra: object = {}) =>
  Array.from({ length: n }, () => ({ sector: 'II', year: 2021, sizePp, ...extra }));

describe('the level domain of resolveScenario (issue 16, item 2)', () => {
  const benTre = loadModelPack('ben-tre-2021-2025');

  it.each([10, 3])('refuses %i shocks of -50 pp on sector II in 2021, naming them and the year', (n) => {
    const r = resolveScenario(benTre, { model: benTre.model.id, shocks: shocks(n, -50) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    const [p] = r.problems;
    expect(p).toMatchObject({ code: 'level_not_positive', path: ['shocks', 0] });
    expect(p!.message).toContain('sector II real growth in 2021');
    for (let i = 0; i < Math.min(n, 8); i++) expect(p!.message).toContain(`shocks.${i}`);
    expect(p!.value as number).toBeLessThanOrEqual(-100);
  });

  it('refuses a sum of exactly -100 % (the level would be zero), accepts one just above', () => {
    const pack = tinyPack(); // sector II grows 20 % by default
    const at = (sizePp: number) =>
      resolveScenario(pack, {
        model: 'tiny',
        assumptions: { growth: { II: 0 } },
        shocks: [
          { sector: 'II', year: 2022, sizePp: -50 },
          { sector: 'II', year: 2022, sizePp },
        ],
      }).ok;
    expect(at(-50)).toBe(false);
    expect(at(-49.9)).toBe(true);
  });

  it('counts the recovery of the year before', () => {
    const pack = tinyPack();
    const r = resolveScenario(pack, {
      model: 'tiny',
      assumptions: { growth: { II: 0 } },
      shocks: [
        { sector: 'II', year: 2021, sizePp: 50, recoverNextYear: true },
        { sector: 'II', year: 2022, sizePp: -50 },
      ],
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems[0]!.message).toMatch(
        /shocks\.0, shocks\.1 together take sector II real growth in 2022/,
      );
  });

  it('checks an as-of year after the shift that matches its published growth', () => {
    // Sector II at -90 % is in the domain as assumed, but the shocks on III raise the other sectors so
    // much that matching 2021's published 2.64 % pushes II (and the rest) far below -100 %.
    const r = resolveScenario(benTre, {
      model: benTre.model.id,
      asOf: 2021,
      assumptions: { growth: { II: -10 } },
      shocks: [
        ...shocks(1, -50),
        ...shocks(1, -30),
        ...Array.from({ length: 20 }, () => ({ sector: 'III', year: 2021, sizePp: 50 })),
      ],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map((p) => p.code)).toContain('level_not_positive');
      expect(
        r.problems.some((p) => /sector II .*2021 matches its published GRDP growth/.test(p.message)),
      ).toBe(true);
    }
  });
});
