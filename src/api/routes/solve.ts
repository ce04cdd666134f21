import type { Problem } from '../../core/problems.ts';
import { formatProblems } from '../../core/problems.ts';
import type { ModelPack } from '../../schema/model-pack.ts';
import type { Target } from '../../schema/target.ts';
import { findTarget } from '../../solve/find-target.ts';
import { leverIds, parseLever } from '../../solve/levers.ts';
import { HttpProblem } from '../problems.ts';
import { SolveRequest, SolveResponse } from '../schemas/solve.ts';
import { resolveForRequest } from '../services.ts';
import type { HeavyTask } from '../tasks.ts';
import { curlExample, problemResponses, type RouteContext, type ZodApp } from './shared.ts';

/**
 * Looks up the target (id or clause, as `plancast solve --target`) and the levers; refuses (422)
 * what the pack does not have, naming what it has. Returns the target id, its lever, clause siblings.
 */
function checkIds(
  pack: ModelPack,
  body: SolveRequest,
): { target?: string; lever?: string; others: string[] } {
  const problems: Problem[] = [];
  const at = (path: (string | number)[], ps: Problem[]) =>
    ps.map((p) => ({ ...p, path: [...path, ...p.path] }));
  let target: Target | undefined;
  let others: string[] = [];
  if (body.target !== undefined) {
    const found = findTarget(pack, body.target);
    if (found.ok) ({ target, others } = found.value);
    else problems.push(...at(['target'], found.problems));
  }
  const lever = body.lever ?? target?.lever;
  if (target && lever === undefined)
    problems.push({
      code: 'invalid_value',
      path: ['lever'],
      allowed: leverIds(pack).join(', '),
      message: `target ${target.id} names no lever of its own; give lever`,
    });
  const ids: [(string | number)[], string][] = [
    ...(lever !== undefined ? [[['lever'], lever] as [string[], string]] : []),
    ...(body.levers ?? []).map((l, i): [(string | number)[], string] => [['levers', i], l]),
  ];
  for (const [path, id] of ids) {
    const parsed = parseLever(pack, id);
    if (!parsed.ok) problems.push(...at(path, parsed.problems));
  }
  if (problems.length > 0) throw new HttpProblem('unprocessable', formatProblems('body', problems), problems);
  return { ...(target ? { target: target.id } : {}), ...(lever !== undefined ? { lever } : {}), others };
}

/** POST /api/solve: goal seek (target + lever) or the least change meeting every target (all: true). */
export function registerSolveRoute(app: ZodApp, { catalog, pool, options }: RouteContext): void {
  app.post(
    '/api/solve',
    {
      schema: {
        tags: ['runs'],
        operationId: 'solveScenario',
        summary: 'Solve for the assumptions that meet the targets',
        description:
          "With `target` (an id or a clause) and optionally `lever` (default: the target's own): the lever value " +
          'that puts the target on its boundary (docs/model.md §8.1). ' +
          'With `all: true`: the least change of the assumptions meeting every modelled target (§8.2). ' +
          "With `each: true`: every target's own lever value that puts it on its boundary, one target at a time " +
          '(what `plancast run` shows as the growth needed; ~30 goal seeks for Ben Tre). ' +
          `Runs in a worker thread, at most ${options.heavyDeadlineMs} ms.\n\n` +
          curlExample(
            'POST',
            '/api/solve',
            '{"scenario":{"model":"ben-tre-2021-2025"},"target":"grdp-growth","lever":"growth.all"}',
          ),
        body: SolveRequest,
        response: { 200: SolveResponse, ...problemResponses(400, 404, 413, 415, 422, 503) },
      },
    },
    async (req, reply) => {
      const body = req.body;
      const { pack, input } = resolveForRequest(catalog, body.scenario, ['scenario']);
      const ids = checkIds(pack, body);
      const packDir = catalog.packDir(pack.model.id);
      const task: HeavyTask = body.each
        ? { kind: 'required-each', packDir, input }
        : body.all
          ? {
              kind: 'solve-all',
              packDir,
              input,
              ...(body.levers ? { levers: body.levers } : {}),
              ...(body.strict !== undefined ? { strict: body.strict } : {}),
            }
          : { kind: 'goal-seek', packDir, input, target: ids.target!, lever: ids.lever! };
      const out = await pool.run(task, options.heavyDeadlineMs, abortOnClose(reply.raw));
      if (!out.ok) throw new HttpProblem('unprocessable', formatProblems('body', out.problems), out.problems);
      const answer = body.each
        ? { mode: 'each', rows: out.value }
        : body.all
          ? { mode: 'all', ...(out.value as object) }
          : { mode: 'goal-seek', result: out.value, otherTargets: ids.others };
      return answer as never;
    },
  );
}

/** An AbortSignal that fires when the connection closes before the answer is sent (the client went away). */
export function abortOnClose(res: import('node:http').ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableEnded) controller.abort();
  });
  return controller.signal;
}
