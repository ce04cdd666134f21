import { describe, expect, it } from 'vitest';
import { project } from '../../src/model/project.ts';
import { resolveScenario } from '../../src/model/resolve-scenario.ts';
import { resolveOk, tinyPack } from '../helpers/tiny.ts';

describe('resolveScenario', () => {
  const pack = tinyPack();

  it('turns percent into fractions and fills every plan year from the defaults', () => {
    const r = resolveOk(pack);
    expect(r.years).toEqual([2021, 2022]);
    expect(r.growth.II).toEqual([0.2, 0.2]);
    expect(r.budget.retainedShare).toBe(0.5);
  });

  it('lets a per-year map override only the years it names', () => {
    const r = resolveOk(pack, { assumptions: { growth: { II: { '2022': 5 } } } });
    expect(r.growth.II).toEqual([0.2, 0.05]);
    expect(r.growth.I).toEqual([0.1, 0.1]);
  });

  it('folds a shock with recovery into growth', () => {
    const r = resolveOk(pack, { shocks: [{ sector: 'II', year: 2021, sizePp: -8, recoverNextYear: true }] });
    expect(r.growth.II[0]).toBeCloseTo(0.12, 12);
    expect(r.growth.II[1]).toBeCloseTo(0.28, 12);
  });

  it('adds an event to its indicator in its year only (docs/model.md eq. 18 step)', () => {
    const r = resolveOk(pack, { events: [{ indicator: 'urbanisation', year: 2022, size: 3 }] });
    expect(r.indicatorChange.urbanisation).toEqual([1, 4]);
    expect(r.indicatorChange.poverty).toEqual([-1, -1]);
  });

  it('an event raises the level for good and the clamp still holds (hand-checked: 20 → 21 → 25 → …)', () => {
    const base = project(pack, resolveOk(pack)).indicators.urbanisation!;
    const p = project(
      pack,
      resolveOk(pack, { events: [{ indicator: 'urbanisation', year: 2022, size: 3 }] }),
    );
    expect(Array.from(base)).toEqual([20, 21, 22]);
    expect(Array.from(p.indicators.urbanisation!)).toEqual([20, 21, 25]);
    const capped = project(
      pack,
      resolveOk(pack, { events: [{ indicator: 'poverty', year: 2021, size: -50 }] }),
    );
    expect(Array.from(capped.indicators.poverty!)).toEqual([1.5, 0, 0]);
  });

  it.each([
    [{ events: [{ indicator: 'wind', year: 2021, size: 1 }] }, 'events.0.indicator', 'urbanisation, poverty'],
    [{ events: [{ indicator: 'poverty', year: 2019, size: 1 }] }, 'events.0.year', '2021 to 2022'],
    [{ events: [{ indicator: 'poverty', year: 2021, size: 1e9 }] }, 'events.0.size', '-1000000'],
    [{ assumptions: { growth: { II: 900 } } }, 'assumptions.growth.II', 'allowed -10 to 40'],
    [{ assumptions: { growth: { II: { '2030': 5 } } } }, 'assumptions.growth.II.2030', '2021 to 2022'],
    [{ assumptions: { growth: { IV: 5 } } }, 'assumptions.growth.IV', 'not a known field'],
    [{ assumptions: { populationGrowth: 'fast' } }, 'assumptions.populationGrowth', 'expected number'],
    [{ assumptions: { indicators: { nope: 1 } } }, 'assumptions.indicators.nope', 'urbanisation, poverty'],
    [{ model: 'other' }, 'model', 'tiny'],
    [{ asOf: 2031 }, 'asOf', '2020 to 2022'],
    [{ shocks: [{ sector: 'II', year: 2019, sizePp: 1 }] }, 'shocks.0.year', '2021 to 2022'],
  ])('refuses %j naming the field and what is allowed', (spec, path, allowed) => {
    const r = resolveScenario(pack, { model: 'tiny', ...spec });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const p = r.problems.find((x) => x.path.join('.') === path);
    expect(p, JSON.stringify(r.problems)).toBeDefined();
    expect(p!.message).toContain(allowed);
  });

  it('refuses a negative base population in a pack', async () => {
    const { parseModelPack } = await import('../../src/model/parse-model-pack.ts');
    const model = structuredClone(pack.model) as unknown as {
      baseline: { populationThousand: { value: number } };
    };
    model.baseline.populationThousand.value = -5;
    const r = parseModelPack({
      'model.json': model,
      'targets.json': pack.targets,
      'history.json': {},
      'actuals.json': {},
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.path.join('.')).toBe('model.json.baseline.populationThousand.value');
  });
});
