/**
 * `npm run loadtest`: starts the server in this process on 127.0.0.1 (ephemeral port), then fires
 * autocannon (in a worker thread, so the load generator does not share the server's event loop)
 * at POST /api/project and GET /api/health, each for a bounded time. Prints req/s, p50 / p99
 * latency and errors, and checks the goal for /api/project: ≥ 8,000 req/s, p99 ≤ 10 ms, no errors.
 *
 *   npm run loadtest -- --duration 10 --connections 10
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { listModelIds } from '../src/io/load-model-pack.ts';
import { DEFAULT_MODEL_ID, SCENARIOS_DIR } from '../src/io/paths.ts';
import { startServer } from '../src/api/server.ts';

const GOAL = { rps: 8000, p99Ms: 10 };

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    workers: { type: 'string', default: '1' },
  },
});
const duration = Math.min(Math.max(Number(values.duration) || 10, 1), 60);
const connections = Math.min(Math.max(Number(values.connections) || 10, 1), 200);
const workers = Math.min(Math.max(Number(values.workers) || 1, 1), 4);

/** The body: the shipped plan-low scenario when the default pack exists, else the first pack's defaults. */
function projectBody(): { body: string; label: string } {
  const planLow = path.join(SCENARIOS_DIR, 'plan-low.json');
  if (listModelIds().includes(DEFAULT_MODEL_ID) && existsSync(planLow))
    return { body: readFileSync(planLow, 'utf8'), label: 'scenarios/plan-low.json' };
  const id = listModelIds()[0];
  if (!id) throw new Error('no model pack in models/: nothing to load-test');
  return { body: JSON.stringify({ model: id }), label: `${id} with its default assumptions` };
}

interface Row {
  route: string;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

async function fire(url: string, opts: Partial<autocannon.Options>): Promise<autocannon.Result> {
  return autocannon({ url, connections, duration, workers, ...opts });
}

function row(route: string, r: autocannon.Result): Row {
  return {
    route,
    reqPerSec: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
  };
}

const { body, label } = projectBody();
const post = { method: 'POST' as const, headers: { 'content-type': 'application/json' }, body };

/** One server per configuration; the load test comes from loopback, exempt from the rate limit (which stays on). */
async function measure(
  route: string,
  path: string,
  opts: Partial<autocannon.Options>,
  resultCacheEntries?: number,
): Promise<Row> {
  const server = await startServer(
    {
      rateLimit: { allowList: ['127.0.0.1'] },
      ...(resultCacheEntries === undefined ? {} : { resultCacheEntries }),
    },
    0,
    '127.0.0.1',
  );
  try {
    const check = await fetch(`${server.url}${path}`, opts.method === 'POST' ? post : {});
    if (check.status !== 200) throw new Error(`${route} answered ${check.status}: ${await check.text()}`);
    return row(route, await fire(`${server.url}${path}`, opts));
  } finally {
    await server.app.close();
  }
}

console.log(`plancast load test: ${duration} s per route, ${connections} connections, body = ${label}`);
const rows = [
  await measure('POST /api/project', '/api/project', post),
  await measure('POST /api/project (answer cache off)', '/api/project', post, 0),
  await measure('GET /api/health', '/api/health', {}),
];
console.table(rows);
const p = rows[0]!;
const ok = p.reqPerSec >= GOAL.rps && p.p99Ms <= GOAL.p99Ms && p.errors === 0;
console.log(
  `goal for POST /api/project (≥ ${GOAL.rps} req/s, p99 ≤ ${GOAL.p99Ms} ms, 0 errors): ${ok ? 'met' : 'NOT met'}`,
);
process.exitCode = rows.every((r) => r.errors === 0) ? 0 : 1;
