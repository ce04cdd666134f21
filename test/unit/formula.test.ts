import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PlancastError } from '../../src/core/problems.ts';
import { compileFormula, type ParseFn } from '../../src/formula/compile.ts';
import { formulaSeriesNames } from '../../src/formula/names.ts';
import { mathParser } from '../../src/io/formula-parser.ts';
import { loadModelPack } from '../../src/io/load-model-pack.ts';
import { project } from '../../src/model/project.ts';
import { evaluate } from '../../src/targets/scorecard.ts';
import { resolveOk } from '../helpers/tiny.ts';

const FORMULA_DIR = path.resolve(import.meta.dirname, '..', 'fixtures', 'formula-pack');

let parse: ParseFn;
beforeAll(() => {
  parse = mathParser();
}, 60_000);

const ctx = () => ({
  series: formulaSeriesNames(['poverty']),
  derived: new Map(),
  baseYear: 2020,
  lastYear: 2022,
});
const refusal = (text: string) => {
  const r = compileFormula(text, parse, ctx());
  if (r.ok) throw new Error(`"${text}" was accepted`);
  return r.error;
};

describe('formula targets on a fixture pack (test/fixtures/formula-pack)', () => {
  it('scores derived-series, growth, ratio and path formulas through the one scorer', () => {
    const pack = loadModelPack(FORMULA_DIR);
    const p = project(pack, resolveOk(pack));
    const card = evaluate(pack, p);
    const row = (id: string) => card.rows.find((r) => r.id === id)!;
    const last = p.years.length - 1;
    // F.1: investment / grdpNominal * 100 in 2022 (a derived series).
    expect(row('investment-share').projected).toBeCloseTo(
      (p.investment[last]! / p.grdpNominal[last]!) * 100,
      10,
    );
    expect(row('investment-share').status).toBe('missed');
    // F.2: growth(grdpNominal, 2020, 2022) in %/yr.
    const g = (Math.sqrt(p.grdpNominal[2]! / p.grdpNominal[0]!) - 1) * 100;
    expect(row('nominal-growth').projected).toBeCloseTo(g, 10);
    expect(row('nominal-growth').status).toBe('met');
    // F.3: a ratio every year (annual kind): one status per plan year.
    expect(row('ratio-exports').perYear).toHaveLength(2);
    expect(row('ratio-exports').perYear![1]!.value).toBeCloseTo(
      (p.exports[2]! / p.grdpNominal[2]!) * 1000,
      10,
    );
    // F.4: the bare series as a formula scores exactly as the series target 1.a.
    expect(row('real-growth-formula').projected).toBe(row('grdp-growth').projected);
    expect(row('real-growth-formula').status).toBe(row('grdp-growth').status);
  });

  it('reads rates and shares in percent, sectors and indicators by dotted names', () => {
    const pack = loadModelPack(FORMULA_DIR);
    const p = project(pack, resolveOk(pack));
    const r = compileFormula('at(share.I, 2022) + at(indicator.poverty, 2021) + mean(growth)', parse, ctx());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const v = r.value.evaluate({
      years: p.years,
      series: (n) =>
        n === 'share.I'
          ? p.share.I.map((x) => x * 100)
          : n === 'growth'
            ? p.growth.map((x) => x * 100)
            : p.indicators.poverty!,
    });
    expect(v).toBeCloseTo(
      p.share.I[2]! * 100 + p.indicators.poverty![1]! + ((p.growth[1]! + p.growth[2]!) / 2) * 100,
      10,
    );
    expect(r.value.reads).toEqual(['growth', 'indicator.poverty', 'share.I']);
  });
});

describe('bad formulas are refused with the position of the error', () => {
  it.each([
    ['assignment', 'x = grdpNominal', 3, /assignment is not allowed/],
    ['function definition', 'f(x) = x * 2', 6, /defining a function is not allowed/],
    ['unknown symbol', 'investment / grdpNominl', 14, /unknown series "grdpNominl"/],
    ['property access', 'grdpNominal.constructor', 12, /property access is not allowed/],
    ['property access by index', 'grdpNominal["constructor"]', 12, /property access is not allowed/],
    ['property access after a series name', 'real.II + grdpNominal.constructor', 22, /property access/],
    ['property access after a decimal', 'grdpNominal * 1.5 + exports.x', 28, /property access/],
    ['unknown function', 'investment / evaluate("1")', 14, /unknown function "evaluate"/],
    ['import', 'import(grdpNominal)', 1, /unknown function "import"/],
    ['syntax error', 'investment / (grdpNominal', 26, /syntax error/],
    ['syntax error at the end', 'investment *', 13, /syntax error/],
    ['unknown sector', 'real.X + 1', 1, /unknown series "real.X"/],
    ['a string', 'investment + "a"', 14, /only numbers/],
    ['a matrix', '[1, 2]', 1, /matrix/],
    ['a condition', 'investment > 0 ? 1 : 2', 16, /condition/],
    ['a comparison', 'investment == 1', 12, /operator == is not allowed/],
    ['two expressions', 'investment; exports', 11, /more than one expression/],
    ['a year outside the run', 'at(investment, 2030)', 16, /from 2020 to 2022, not 2030/],
    ['a year that is not a constant', 'at(investment, exports)', 1, /year of at/],
    ['a number where a series is due', 'sum(5)', 1, /must be a series/],
    ['the wrong number of arguments', 'growth(investment, 2020)', 1, /takes 3 arguments/],
  ])('%s: %s', (_kind, text, column, message) => {
    const e = refusal(text);
    expect(e.message).toMatch(message);
    expect(e.column).toBe(column);
  });

  it('a pack with a bad formula: the error names the file, the field path, the formula and the column', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plancast-formula-'));
    cpSync(FORMULA_DIR, dir, { recursive: true });
    const file = path.join(dir, 'targets.json');
    const targets = JSON.parse(readFileSync(file, 'utf8')) as { formula?: string }[];
    targets[7]!.formula = 'grdpReal = 1';
    writeFileSync(file, JSON.stringify(targets));
    let err: unknown;
    try {
      loadModelPack(dir);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PlancastError);
    expect((err as Error).message).toContain(dir);
    expect((err as Error).message).toContain('targets.json.7.formula: formula "grdpReal = 1" at column 10');
  });

  it('a derived series must give a value per year; a one-number formula needs a level or period target', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plancast-formula-'));
    cpSync(FORMULA_DIR, dir, { recursive: true });
    const mfile = path.join(dir, 'model.json');
    const model = JSON.parse(readFileSync(mfile, 'utf8')) as { derived: { formula: string }[] };
    model.derived[0]!.formula = 'sum(investment)';
    writeFileSync(mfile, JSON.stringify(model));
    expect(() => loadModelPack(dir)).toThrow(
      /model\.json\.derived\.0\.formula: formula "sum\(investment\)" gives one number/,
    );
  });
});
