import { z } from 'zod';
import { PlancastError } from '../../core/problems.ts';
import { compareVersions } from '../../library/compare-versions.ts';
import {
  LIBRARY_LIMITS,
  LibraryDiff,
  LibraryExport,
  LibraryHistory,
  LibraryList,
  LibraryVersion,
  SaveVersionBody,
  SavedVersion,
} from '../../schema/library.ts';
import { ProblemDetails } from '../../schema/api.ts';
import { HttpProblem, problemBody, type ProblemKind } from '../problems.ts';
import { curlExample, problemResponses, type RouteContext, type ZodApp } from './shared.ts';

const NameParams = z.object({
  name: z
    .string()
    .describe(
      `saved scenario name, percent-encoded in the URL (${LIBRARY_LIMITS.nameMin}-${LIBRARY_LIMITS.nameMax} characters)`,
    ),
});
const versionParam = z.coerce.number().int().min(1).max(LIBRARY_LIMITS.maxVersions);
const VersionParams = NameParams.extend({ n: versionParam.describe('version number') });
const DiffQuery = z
  .object({
    from: versionParam.optional().describe('older version (default: the one before `to`)'),
    to: versionParam.optional().describe('newer version (default: the latest)'),
  })
  .strict();
const Imported = z.object({ name: z.string(), versions: z.number().int() }).meta({ id: 'LibraryImported' });
/** The 409 of a stale save: a problem body with the latest version, so the client can reload it. */
const ConflictProblem = ProblemDetails.extend({
  latest: z.number().int().describe('the latest version now in the library'),
}).meta({ id: 'LibraryConflict' });

/** A library refusal as an HTTP problem: unknown → 404, taken name or full scenario → 409, else 400. */
function libraryProblem(e: unknown): unknown {
  if (!(e instanceof PlancastError)) return e;
  const code = e.problems[0]?.code;
  const kind: ProblemKind =
    code === 'not_found'
      ? 'not-found'
      : code === 'name_taken' || code === 'too_many_versions'
        ? 'conflict'
        : 'invalid-request';
  return new HttpProblem(kind, e.message, e.problems);
}

function call<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw libraryProblem(e);
  }
}

const enc = (s: string) => encodeURIComponent(s);

/** The scenario library: GET/POST /api/library…, each a thin call of src/library. */
export function registerLibraryRoutes(app: ZodApp, { catalog, library }: RouteContext): void {
  app.get(
    '/api/library',
    {
      schema: {
        tags: ['library'],
        operationId: 'listLibrary',
        summary: 'The saved scenarios, each with its latest version',
        description: curlExample('GET', '/api/library'),
        response: { 200: LibraryList, ...problemResponses() },
      },
    },
    async () => ({ scenarios: call(() => library.get().list()) }),
  );

  app.post(
    '/api/library/:name/versions',
    {
      schema: {
        tags: ['library'],
        operationId: 'saveLibraryVersion',
        summary: 'Save a scenario as the next version of a name',
        description:
          'Every save is a new version, never an overwrite. With `baseVersion` (the version the edit started from; 0 for a new name) ' +
          'a save made after someone else saved a newer version is refused with 409 and the `latest` version, so nothing is lost. ' +
          `At most ${LIBRARY_LIMITS.maxVersions} versions per name (409 beyond).\n\n` +
          curlExample(
            'POST',
            `/api/library/${enc('Phương án cao')}/versions`,
            '{"pack":"ben-tre-2021-2025","scenario":{"model":"ben-tre-2021-2025","assumptions":{"growth":{"II":17}}},"baseVersion":0}',
          ),
        params: NameParams,
        body: SaveVersionBody,
        response: {
          201: SavedVersion,
          ...problemResponses(400, 404, 413, 415, 422),
          409: {
            description:
              'A newer version was saved since `baseVersion`, the name is taken, or it has the most versions a name keeps',
            content: { 'application/problem+json': { schema: ConflictProblem } },
          },
        },
      },
    },
    async (req, reply) => {
      const b = req.body;
      catalog.packForBody(b.pack, ['pack']);
      const r = call(() =>
        library.get().save({
          name: req.params.name,
          pack: b.pack,
          scenario: b.scenario,
          note: b.note,
          author: b.author,
          expectedVersion: b.baseVersion,
        }),
      );
      if (r.ok) return reply.code(201).send({ name: req.params.name.normalize('NFC'), version: r.version });
      const latest = r.conflict.latest;
      const message = `baseVersion is ${b.baseVersion}, but version ${latest} has been saved since; open version ${latest} and save again`;
      const problem = new HttpProblem('conflict', message, [
        {
          code: 'version_conflict',
          path: ['baseVersion'],
          value: b.baseVersion ?? null,
          allowed: String(latest),
          message,
        },
      ]);
      const body = { ...problemBody(problem, req.url), latest };
      return reply.code(409).type('application/problem+json').serializer(JSON.stringify).send(body);
    },
  );

  app.get(
    '/api/library/:name',
    {
      schema: {
        tags: ['library'],
        operationId: 'getLibraryHistory',
        summary: 'The versions of a saved scenario (metadata, oldest first)',
        description: curlExample('GET', `/api/library/${enc('Phương án cao')}`),
        params: NameParams,
        response: { 200: LibraryHistory, ...problemResponses(400, 404) },
      },
    },
    async (req) => call(() => library.get().history(req.params.name)),
  );

  app.get(
    '/api/library/:name/versions/:n',
    {
      schema: {
        tags: ['library'],
        operationId: 'getLibraryVersion',
        summary: 'One version with its scenario (a valid body for POST /api/project)',
        description: curlExample('GET', `/api/library/${enc('Phương án cao')}/versions/1`),
        params: VersionParams,
        response: { 200: LibraryVersion, ...problemResponses(400, 404) },
      },
    },
    async (req) => call(() => library.get().show(req.params.name, req.params.n)),
  );

  app.get(
    '/api/library/:name/diff',
    {
      schema: {
        tags: ['library'],
        operationId: 'diffLibraryVersions',
        summary: 'What changed between two versions: assumptions, and targets whose status changed',
        description:
          'Both versions are projected and scored by the same scorer as POST /api/project. Default: the version before the latest vs the latest.\n\n' +
          curlExample('GET', `/api/library/${enc('Phương án cao')}/diff?from=1&to=2`),
        params: NameParams,
        querystring: DiffQuery,
        response: { 200: LibraryDiff, ...problemResponses(400, 404) },
      },
    },
    async (req) =>
      call(() =>
        compareVersions(
          library.get(),
          (id) => catalog.pack(id),
          req.params.name,
          req.query.from,
          req.query.to,
        ),
      ),
  );

  app.get(
    '/api/library/:name/export',
    {
      schema: {
        tags: ['library'],
        operationId: 'exportLibraryScenario',
        summary: 'A saved scenario with every version, as a document POST /api/library/import takes',
        description: curlExample('GET', `/api/library/${enc('Phương án cao')}/export`),
        params: NameParams,
        response: { 200: LibraryExport, ...problemResponses(400, 404) },
      },
    },
    async (req) => call(() => library.get().exportDocument(req.params.name)),
  );

  app.post(
    '/api/library/import',
    {
      schema: {
        tags: ['library'],
        operationId: 'importLibraryScenario',
        summary: 'Add an exported scenario with its versions (409 when the name is taken)',
        description:
          'Versions, authors, notes and dates are kept. The document must fit the body limits; larger exports go through `plancast scenarios import`.\n\n' +
          curlExample(
            'POST',
            '/api/library/import',
            '{"format":"plancast-library/1","name":"...","pack":"...","versions":[...]}',
          ),
        body: LibraryExport,
        response: { 201: Imported, ...problemResponses(400, 409, 413, 415) },
      },
    },
    async (req, reply) => reply.code(201).send(call(() => library.get().importDocument(req.body))),
  );
}
