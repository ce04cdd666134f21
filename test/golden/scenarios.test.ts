import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toRunResult } from '../../src/export/run-result.ts';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { listScenarioNames, loadScenario, readScenarioFile } from '../../src/io/load-scenario.ts';
import { project } from '../../src/model/project.ts';
import { evaluate } from '../../src/targets/scorecard.ts';

/**
 * Golden files: every shipped scenario's full projection and scorecard, compared at 6 significant
 * digits. On a mismatch the new output is written beside the old as `<name>.actual.json` so the
 * diff can be read; `UPDATE_GOLDEN=1 npx vitest run test/golden` accepts the new output.
 */
const DIR = path.resolve(import.meta.dirname, 'expected');
const SIGNIFICANT = 6;

function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Number(value.toPrecision(SIGNIFICANT));
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}

const names = listScenarioNames();

describe('golden projections of the shipped scenarios', () => {
  it('ships the plan scenarios and the two record-adjusted ones', () => {
    expect(names).toEqual(
      expect.arrayContaining([
        'plan-midpoint',
        'plan-low',
        'plan-high',
        'covid-2021',
        'plan-optimism',
        'vinh-long-plan-optimism',
      ]),
    );
  });

  it.each(names)('%s matches its golden file', (name) => {
    const { spec } = readScenarioFile(name);
    const pack = loadModelPack((spec as { model: string }).model);
    const input = loadScenario(name, pack);
    const p = project(pack, input);
    const actual = rounded(toRunResult(pack, input, p, evaluate(pack, p)));
    const file = path.join(DIR, `${name}.json`);
    const beside = path.join(DIR, `${name}.actual.json`);
    mkdirSync(DIR, { recursive: true });
    if (process.env.UPDATE_GOLDEN === '1') {
      writeFileSync(file, JSON.stringify(actual, null, 1) + '\n');
      rmSync(beside, { force: true });
      return;
    }
    if (!existsSync(file)) {
      writeFileSync(beside, JSON.stringify(actual, null, 1) + '\n');
      throw new Error(`no golden file ${name}.json: review ${name}.actual.json, then UPDATE_GOLDEN=1`);
    }
    const expected = JSON.parse(readFileSync(file, 'utf8'));
    try {
      expect(actual).toEqual(expected);
      rmSync(beside, { force: true });
    } catch (e) {
      writeFileSync(beside, JSON.stringify(actual, null, 1) + '\n');
      throw e;
    }
  });
});
