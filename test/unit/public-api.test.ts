import { describe, expect, expectTypeOf, it } from 'vitest';
import * as plancast from '../../src/index.ts';
import type { ModelPack, Projection, RunInput, Scorecard, ScenarioSpec } from '../../src/index.ts';

describe('the public entry', () => {
  it('offers the documented functions with their types', () => {
    expectTypeOf(plancast.loadModelPack).parameter(0).toEqualTypeOf<string | undefined>();
    expectTypeOf(plancast.loadModelPack).returns.toEqualTypeOf<ModelPack>();
    expectTypeOf(plancast.loadScenario).returns.toEqualTypeOf<RunInput>();
    expectTypeOf(plancast.project).parameters.toEqualTypeOf<[ModelPack, RunInput]>();
    expectTypeOf(plancast.project).returns.toEqualTypeOf<Projection>();
    expectTypeOf(plancast.evaluate).returns.toEqualTypeOf<Scorecard>();
    expectTypeOf<ScenarioSpec['model']>().toEqualTypeOf<string>();
  });

  it('runs the default pack end to end', () => {
    const pack = plancast.loadModelPack();
    const input = plancast.loadScenario('plan-midpoint', pack);
    const card = plancast.evaluate(pack, plancast.project(pack, input));
    expect(card.rows.length).toBe(pack.targets.length);
    expect(card.rows.length).toBeGreaterThanOrEqual(49);
  });
});
