import type { Problem } from '../../core/problems.ts';
import { formatProblems } from '../../core/problems.ts';
import type { ModelPack } from '../../schema/model-pack.ts';
import { leverDef, leverIds } from '../../solve/levers.ts';
import { HttpProblem } from '../problems.ts';
import { SolveRequest, SolveResponse } from '../schemas/solve.ts';
import { resolveForRequest } from '../services.ts';
import type { HeavyTask } from '../tasks.ts';
import { curlExample, problemResponses, type RouteContext, type ZodApp } from './shared.ts';

/** Refuses (422) target and lever ids the pack does not have, naming the allowed ones. */
function checkIds(pack: ModelPack, body: SolveRequest): void {
  const problems: Problem[] = [];
  const targets = pack.targets.filter((t) => t.modelled !== 'no').map((t) => t.id);
  if (body.target !== undefined && !targets.includes(body.target))
    problems.push({ code: 'invalid_value', path: ['target'], value: body.target, allowed: targets.join(', '), message: `target "${body.target}" is not a modelled target of ${pack.model.id}` });
  const levers = [...(body.lever !== undefined ? [[['lever'], body.lever] as const] : []), ...(body.levers ?? []).map((l, i) => [['levers', i], l] as const)];
  for (const [path, id] of levers)
    if (!leverDef(pack, id))
      problems.push({ code: 'invalid_value', path: [...path], value: id, allowed: leverIds(pack).join(', '), message: `lever "${id}" is not a lever of ${pack.model.id}` });
  if (problems.length > 0) throw new HttpProblem('unprocessable', formatProblems('body', problems), problems);
}

/** POST /api/solve: goal seek (target + lever) or the least change meeting every target (all: true). */
export function registerSolveRoute(app: ZodApp, { catalog, pool, options }: RouteContext): void {
  app.post(
    '/api/solve',
    {
      schema: {
        tags: ['runs'],
        summary: 'Solve for the assumptions that meet the targets',
        description:
          'With `target` and `lever`: the lever value that puts the target on its boundary (MODEL.md §8.1). ' +
          'With `all: true`: the least change of the assumptions meeting every modelled target (§8.2). ' +
          `Runs in a worker thread, at most ${options.heavyDeadlineMs} ms.\n\n` +
          curlExample('POST', '/api/solve', '{"scenario":{"model":"ben-tre-2021-2025"},"target":"grdp-growth","lever":"growth.all"}'),
        body: SolveRequest,
        response: { 200: SolveResponse, ...problemResponses(400, 404, 413, 415, 422, 503) },
      },
    },
    async (req, reply) => {
      const body = req.body;
      const { pack, input } = resolveForRequest(catalog, body.scenario, ['scenario']);
      checkIds(pack, body);
      const packDir = catalog.packDir(pack.model.id);
      const task: HeavyTask = body.all
        ? { kind: 'solve-all', packDir, input, ...(body.levers ? { levers: body.levers } : {}), ...(body.strict !== undefined ? { strict: body.strict } : {}) }
        : { kind: 'goal-seek', packDir, input, target: body.target!, lever: body.lever! };
      const out = await pool.run(task, options.heavyDeadlineMs, abortOnClose(reply.raw));
      if (!out.ok) throw new HttpProblem('unprocessable', formatProblems('body', out.problems), out.problems);
      return (body.all ? { mode: 'all', result: out.value } : { mode: 'goal-seek', result: out.value }) as never;
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
