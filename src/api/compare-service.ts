import { compareScenarios, samePackProblem } from '../compare/compare-scenarios.ts';
import type { CompareResult } from '../compare/compare-result.ts';
import { formatProblems } from '../core/problems.ts';
import { project } from '../model/project.ts';
import type { Lang } from '../schema/common.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import type { ScenarioSpec } from '../schema/scenario.ts';
import { consistency } from '../targets/consistency.ts';
import { evaluate } from '../targets/scorecard.ts';
import { latestPublishedYear } from '../targets/verdict.ts';
import type { Catalog } from './catalog.ts';
import { HttpProblem } from './problems.ts';
import { resolveForRequest } from './services.ts';

/** How a scenario of a request is named in columns and legends: its name, else its place in the list. */
const labelOf = (spec: ScenarioSpec, k: number, lang: Lang) => spec.name?.[lang] ?? `#${k + 1}`;

/**
 * Resolves, projects and scores each scenario of a compare or report body, as `plancast compare`
 * does: the body's asOf for all, else each scenario's own, else the pack's latest published year.
 * Scenarios of different packs → 422 naming them.
 */
function runsOf(
  catalog: Catalog,
  body: { scenarios: ScenarioSpec[]; asOf?: number | undefined },
  lang: Lang,
) {
  const mixed = samePackProblem(body.scenarios.map((s) => s.model));
  if (mixed) throw new HttpProblem('unprocessable', formatProblems('body', [mixed]), [mixed]);
  let pack: ModelPack | undefined;
  const runs = body.scenarios.map((spec, k) => {
    const p = catalog.packForBody(spec.model, ['scenarios', k, 'model']);
    const asOf = body.asOf ?? spec.asOf ?? latestPublishedYear(p) ?? undefined;
    const { pack: got, input } = resolveForRequest(catalog, asOf === undefined ? spec : { ...spec, asOf }, [
      'scenarios',
      k,
    ]);
    pack = got;
    const projection = project(got, input);
    return { label: labelOf(spec, k, lang), spec, input, projection, scorecard: evaluate(got, projection) };
  });
  return { pack: pack!, runs };
}

/** `POST /api/compare`: the CompareResult of 2-4 scenarios (the JSON of `plancast compare --json`). */
export function compareForRequest(
  catalog: Catalog,
  body: { scenarios: ScenarioSpec[]; asOf?: number | undefined },
): CompareResult {
  const { pack, runs } = runsOf(catalog, body, 'en');
  return compareScenarios(pack, runs);
}

/** `POST /api/report`: the report's HTML (the document `plancast report --out report.html` writes). */
export async function reportForRequest(
  catalog: Catalog,
  body: { scenarios: ScenarioSpec[]; lang: Lang; asOf?: number | undefined },
  date: string,
): Promise<string> {
  const { pack, runs } = runsOf(catalog, body, body.lang);
  // Loaded on the first report: vega and vega-lite stay out of the server's start-up.
  const { buildReportHtml } = await import('../report/report-document.ts');
  return buildReportHtml({ pack, runs, lang: body.lang, date, findings: consistency(pack).findings });
}
