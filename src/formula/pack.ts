import type { Problem } from '../core/problems.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import { compileFormula, describeFormulaError, type CompiledFormula, type ParseFn } from './compile.ts';
import { formulaSeriesNames } from './names.ts';
import { setTargetFormula } from './registry.ts';

/** True when the pack defines a derived series or a formula target (then src/io loads mathjs). */
export function packHasFormulas(pack: Pick<ModelPack, 'model' | 'targets'>): boolean {
  return (pack.model.derived?.length ?? 0) > 0 || pack.targets.some((t) => t.formula !== undefined);
}

/**
 * Compiles every formula of a pack, derived series first (each may use those before it), and
 * registers each target's compiled formula. Returns every problem, each naming the file, the field
 * path, the formula and the column of the error.
 */
export function compilePackFormulas(pack: ModelPack, parse: ParseFn): Problem[] {
  const problems: Problem[] = [];
  const m = pack.model;
  const series = formulaSeriesNames(m.indicators.map((d) => d.id));
  const derived = new Map<string, CompiledFormula>();
  const ctx = { series, derived, baseYear: m.baseYear, lastYear: m.lastPlanYear };
  const refuse = (path: (string | number)[], text: string, message: string) =>
    problems.push({ code: 'invalid_formula', path, value: text, message });
  (m.derived ?? []).forEach((d, i) => {
    const path = ['model.json', 'derived', i, 'formula'];
    if (series.has(d.id) || derived.has(d.id)) {
      refuse(['model.json', 'derived', i, 'id'], d.id, `derived series "${d.id}" already names a series`);
      return;
    }
    const r = compileFormula(d.formula, parse, ctx);
    if (!r.ok) refuse(path, d.formula, `${path.join('.')}: ${describeFormulaError(d.formula, r.error)}`);
    else if (r.value.result !== 'path')
      refuse(
        path,
        d.formula,
        `${path.join('.')}: formula "${d.formula}" gives one number; a derived series must give a value per year`,
      );
    else derived.set(d.id, r.value);
  });
  pack.targets.forEach((t, i) => {
    if (t.formula === undefined) return;
    const path = ['targets.json', i, 'formula'];
    const r = compileFormula(t.formula, parse, ctx);
    if (!r.ok) {
      refuse(path, t.formula, `${path.join('.')}: ${describeFormulaError(t.formula, r.error)}`);
      return;
    }
    if (r.value.result === 'number' && t.kind !== 'level' && t.kind !== 'period') {
      refuse(
        path,
        t.formula,
        `${path.join('.')}: formula "${t.formula}" gives one number, so the target's kind must be level or period, not ${t.kind}`,
      );
      return;
    }
    setTargetFormula(t, r.value);
  });
  return problems;
}
