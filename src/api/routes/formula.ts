import { z } from 'zod';
import { compileFormula, describeFormulaError } from '../../formula/compile.ts';
import { formulaSeriesNames, projectionSeries } from '../../formula/names.ts';
import { mathParser } from '../../io/formula-parser.ts';
import { DEFAULT_MODEL_ID } from '../../io/paths.ts';
import { project } from '../../model/project.ts';
import { resolveScenario } from '../../model/resolve-scenario.ts';
import { HttpProblem } from '../problems.ts';
import { curlExample, problemResponses, type RouteContext, type ZodApp } from './shared.ts';

const FormulaRequest = z
  .object({
    model: z.string().min(1).max(100).optional().describe('model pack id; default ben-tre-2021-2025'),
    formula: z.string().min(1).max(2000).describe('an expression over the named series (docs/packs.md)'),
  })
  .strict()
  .meta({ examples: [{ model: 'ben-tre-2021-2025', formula: 'investment / grdpNominal * 100' }] });

const FormulaAnswer = z.object({
  formula: z.string(),
  result: z.enum(['number', 'path']),
  reads: z.array(z.string()),
  years: z.array(z.number()),
  value: z
    .union([z.number(), z.array(z.number())])
    .describe("the formula under the pack's default assumptions"),
});

/**
 * POST /api/formula: checks one formula against a pack (docs/model.md §5.4) and evaluates it under
 * the pack's defaults. A bad formula is a 422 naming `formula`, the text and the column.
 */
export function registerFormulaRoute(app: ZodApp, { catalog }: RouteContext): void {
  app.post(
    '/api/formula',
    {
      schema: {
        tags: ['models'],
        operationId: 'postFormula',
        summary: 'Check a formula against a pack and evaluate it under its defaults',
        description: `Parses the formula with mathjs, refuses every node, name and function not on the whitelist (docs/packs.md), and evaluates the compiled formula on the pack's default run.\n\n${curlExample('POST', '/api/formula', '{"formula":"investment / grdpNominal * 100"}')}`,
        body: FormulaRequest,
        response: { 200: FormulaAnswer, ...problemResponses(400, 413, 415, 422) },
      },
    },
    async (req) => {
      const id = req.body.model ?? DEFAULT_MODEL_ID;
      const pack = catalog.packForBody(id);
      const m = pack.model;
      const text = req.body.formula;
      const r = compileFormula(text, mathParser(), {
        series: formulaSeriesNames(m.indicators.map((d) => d.id)),
        baseYear: m.baseYear,
        lastYear: m.lastPlanYear,
      });
      if (!r.ok) {
        const message = `formula: ${describeFormulaError(text, r.error)}`;
        throw new HttpProblem('unprocessable', message, [
          {
            code: 'invalid_formula',
            path: ['formula'],
            value: text,
            allowed: `column ${r.error.column}`,
            message,
          },
        ]);
      }
      const input = resolveScenario(pack, { model: m.id });
      if (!input.ok) throw new Error(`the defaults of ${id} do not resolve`);
      const p = project(pack, input.value);
      const v = r.value.evaluate({ years: p.years, series: (n) => projectionSeries(p, n) });
      return {
        formula: text,
        result: r.value.result,
        reads: r.value.reads,
        years: [...p.years],
        value: typeof v === 'number' ? v : Array.from(v),
      };
    },
  );
}
