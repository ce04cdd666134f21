import { z } from 'zod';
import { ModelFile } from './model-pack.ts';
import { ScenarioSpec } from './scenario.ts';
import { Targets } from './target.ts';

/**
 * JSON Schemas for editors, generated from the zod schemas (the single source of truth).
 * `npm run schemas` writes them to `schemas/`; a test fails when the written files are stale.
 */
export function jsonSchemas(): Record<string, unknown> {
  const gen = (schema: z.ZodType, title: string) => ({
    title,
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
  });
  return {
    'scenario.schema.json': gen(ScenarioSpec, 'plancast scenario'),
    'model.schema.json': gen(ModelFile, 'plancast model pack: model.json'),
    'targets.schema.json': gen(Targets, 'plancast model pack: targets.json'),
  };
}
