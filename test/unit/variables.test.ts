import { describe, expect, it } from 'vitest';
import { SECTORS } from '../../src/core/sectors.ts';
import { projectionColumns } from '../../src/export/csv.ts';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { INPUTS } from '../../src/model/input-variables.ts';
import { ProjectionKernel } from '../../src/model/kernel.ts';
import { project } from '../../src/model/project.ts';
import { OUTPUTS } from '../../src/model/variables.ts';
import { RunResultSchema } from '../../src/schema/api.ts';
import { ScenarioSpec } from '../../src/schema/scenario.ts';
import { leverDef } from '../../src/solve/levers.ts';
import { SENSITIVITY_ASSUMPTIONS } from '../../src/uncertainty/sensitivity.ts';
import { defaultSpreads, scaleSpreads } from '../../src/uncertainty/spreads.ts';
import { resolveOk } from '../helpers/tiny.ts';

const pack = loadModelPack('ben-tre-2021-2025');

/** Sets `assumptions.<dotted id>` in a scenario body. */
function withInput(id: string, value: number): unknown {
  const [head, tail] = id.split('.') as [string, string | undefined];
  return { model: pack.model.id, assumptions: { [head]: tail ? { [tail]: value } : value } };
}

describe('the variable list is the one declaration of inputs and outputs', () => {
  it('every output series is a kernel path, a projection field, a RunResult series and (if exported) a CSV column', () => {
    const k = new ProjectionKernel(pack, resolveOk(pack));
    const p = project(pack, resolveOk(pack));
    const series = RunResultSchema.shape.series.shape as Record<string, unknown>;
    for (const o of OUTPUTS) {
      expect(k[o.id].length, o.id).toBe(o.perSector ? SECTORS.length * k.n : k.n);
      expect(p[o.id], o.id).toBeDefined();
      expect(series[o.id], o.id).toBeDefined();
    }
    const columns = projectionColumns(p).map((c) => c.name);
    const expected = OUTPUTS.flatMap((o) =>
      o.column === null ? [] : o.perSector ? SECTORS.map((s) => o.column.replace('{s}', s)) : [o.column],
    );
    expect(columns.filter((c) => !c.startsWith('indicator_')).sort()).toEqual(expected.sort());
  });

  it("the scenario schema's range of every input is the list's: the bound passes, one past it is refused", () => {
    for (const v of INPUTS.filter((x) => !x.perSector)) {
      expect(ScenarioSpec.safeParse(withInput(v.id, v.range.max)).success, v.id).toBe(true);
      expect(ScenarioSpec.safeParse(withInput(v.id, v.range.min)).success, v.id).toBe(true);
      const over = ScenarioSpec.safeParse(withInput(v.id, v.range.max + 1));
      expect(over.success, v.id).toBe(false);
      expect(over.error!.issues[0]!.message, v.id).toContain(`${v.range.min} to ${v.range.max}`);
    }
  });

  it('every slider sits inside its input range, every lever and tornado step comes from the list', () => {
    for (const v of INPUTS) {
      if ('slider' in v) {
        expect(v.slider.min, v.id).toBeGreaterThanOrEqual(v.range.min);
        expect(v.slider.max, v.id).toBeLessThanOrEqual(v.range.max);
      }
      if ('lever' in v && !v.perSector) {
        const def = leverDef(pack, v.lever.id)!;
        expect({ min: def.min, max: def.max, sigma: def.sigma }, v.id).toEqual({
          min: v.lever.min,
          max: v.lever.max,
          sigma: v.lever.sigma,
        });
      }
      if ('sensitivity' in v && !v.perSector) {
        const a = SENSITIVITY_ASSUMPTIONS.find((x) => x.id === v.sensitivity.id)!;
        expect(a.step, v.id).toBe(v.sensitivity.step);
      }
    }
  });

  it("the Monte Carlo's whole-province spreads are the list's: §9's 0.001, 0.005, 0.15, 0.10, 0.06", () => {
    const { spreads } = defaultSpreads(pack, resolveOk(pack));
    const listed = INPUTS.flatMap((v) => ('spread' in v ? [[v.spread.key, v.spread.sd] as const] : []));
    expect(Object.fromEntries(listed)).toEqual({
      populationGrowth: 0.001,
      revenueRatio: 0.005,
      icorLog: 0.15,
      investmentRateLog: 0.1,
      exportGrowth: 0.06,
    });
    for (const [key, sd] of listed) expect(spreads[key], key).toBe(sd);
    expect(scaleSpreads(spreads, 2).icorLog).toBe(0.3);
  });
});
