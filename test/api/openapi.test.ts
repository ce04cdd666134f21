import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/api/options.ts';
import { testApp } from './helpers.ts';

/** Every route the API must document, with its methods. Heavy routes are added once they exist. */
const ROUTES: [string, string[]][] = [
  ['/api/health', ['get']],
  ['/api/models', ['get']],
  ['/api/models/{id}', ['get']],
  ['/api/models/{id}/targets', ['get']],
  ['/api/models/{id}/history', ['get']],
  ['/api/scenarios', ['get']],
  ['/api/scenarios/{name}', ['get']],
  ['/api/project', ['post']],
  ['/api/formula', ['post']],
  ['/api/library', ['get']],
  ['/api/library/{name}', ['get']],
  ['/api/library/{name}/versions', ['post']],
  ['/api/library/{name}/versions/{n}', ['get']],
  ['/api/library/{name}/diff', ['get']],
  ['/api/library/{name}/export', ['get']],
  ['/api/library/import', ['post']],
  ['/api/compare', ['post']],
  ['/api/report', ['post']],
];
const HEAVY: [string, string[]][] = [
  ['/api/solve', ['post']],
  ['/api/simulate', ['post']],
  ['/api/sensitivity', ['post']],
  ['/api/consistency', ['get', 'post']],
];

interface Operation {
  summary?: string;
  description?: string;
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}
type Doc = {
  openapi: string;
  info: { title: string; version: string; description: string };
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, unknown> };
};

const app = testApp({ rateLimit: {} });
let doc: Doc;
beforeAll(async () => {
  const r = await app.inject('/openapi.json');
  expect(r.statusCode).toBe(200);
  doc = r.json();
});
afterAll(() => app.close());

describe('/openapi.json', () => {
  it('is an OpenAPI 3 document with info and paths', () => {
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.info.title).toBeTruthy();
    expect(doc.info.version).toBeTruthy();
    expect(typeof doc.paths).toBe('object');
  });

  it('lists every route with its methods (heavy routes as soon as they are registered)', async () => {
    await app.ready();
    const expected = [
      ...ROUTES,
      ...HEAVY.filter(([p, [m]]) =>
        app.hasRoute({ method: m!.toUpperCase() as 'GET', url: p.replace(/\{(\w+)\}/g, ':$1') }),
      ),
    ];
    for (const [path, methods] of expected)
      for (const m of methods) expect(doc.paths[path]?.[m], `${m} ${path}`).toBeDefined();
    expect(Object.keys(doc.paths).every((p) => p.startsWith('/api/'))).toBe(true);
  });

  it('gives every operation a summary, a curl example and problem answers', () => {
    for (const [path, ops] of Object.entries(doc.paths))
      for (const [m, op] of Object.entries(ops)) {
        expect(op.summary, `${m} ${path}`).toBeTruthy();
        expect(op.description, `${m} ${path}`).toContain('curl');
        // A save or an import creates something: 201.
        expect(op.responses['200'] ?? op.responses['201'], `${m} ${path}`).toBeDefined();
        expect(op.responses['429']?.content?.['application/problem+json'], `${m} ${path}`).toBeDefined();
      }
  });

  it('documents POST bodies with examples, from the zod schemas', () => {
    const body = doc.paths['/api/project']!.post!.requestBody!.content['application/json']!.schema;
    const resolved = (
      body.$ref ? doc.components!.schemas![String(body.$ref).split('/').pop()!] : body
    ) as Record<string, unknown>;
    expect(resolved.examples).toBeDefined();
    expect(JSON.stringify(resolved)).toContain('assumptions');
  });

  it('states the limits', () => {
    const d = doc.info.description;
    expect(d).toContain(String(LIMITS.bodyLimitBytes));
    expect(d).toContain(String(LIMITS.maxDraws));
    expect(d).toContain(`${LIMITS.rateLimitPerMinute} requests per 60 s`);
    expect(d).toContain(`${LIMITS.heavyDeadlineMs} ms`);
  });

  it('resolves every $ref and uses only HTTP methods as operation keys', () => {
    const refs: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          if (k === '$ref' && typeof x === 'string') refs.push(x);
          else walk(x);
        }
    };
    walk(doc);
    for (const ref of refs) {
      expect(ref, ref).toMatch(/^#\/components\/schemas\/[\w.-]+$/);
      expect(doc.components?.schemas?.[ref.split('/').pop()!], ref).toBeDefined();
    }
    for (const ops of Object.values(doc.paths))
      for (const m of Object.keys(ops))
        expect(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']).toContain(m);
  });
});
