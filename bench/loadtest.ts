/**
 * `npm run loadtest`: starts the server in this process on 127.0.0.1 (ephemeral port), then fires
 * autocannon at it from a child process (bench/load-client.ts: the load generator shares neither
 * the server's event loop nor its process; pinning each to a core with taskset was tried and gave
 * no more, or less when the server's helper threads were pinned with it), each row for a bounded
 * time on a fresh server. Prints req/s, p50 / p99 latency and errors
 * per row, says what each row measures, and checks the goal on the identical-body row of
 * POST /api/project: ≥ 8,000 req/s, p99 ≤ 10 ms, no errors.
 *
 *   npm run loadtest -- --duration 10 --connections 10
 */
import { fork } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type autocannon from 'autocannon';
import { listModelIds } from '../src/io/load-model-pack.ts';
import { DEFAULT_MODEL_ID, SCENARIOS_DIR } from '../src/io/paths.ts';
import type { AppOptions } from '../src/api/options.ts';
import { startServer } from '../src/api/server.ts';
import { fastifyCeiling, nodeCeiling, type CeilingServer } from './ceiling-servers.ts';
import type { LoadSummary } from './load-client.ts';

const GOAL = { rps: 8000, p99Ms: 10 };
/** Distinct bodies of the varied-body row. */
const VARIED_BODIES = 64;

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

/** The shipped scenarios of the default pack (plan-low first), or the first pack's defaults. */
function presets(): { bodies: string[]; label: string } {
  const planLow = path.join(SCENARIOS_DIR, 'plan-low.json');
  if (listModelIds().includes(DEFAULT_MODEL_ID) && existsSync(planLow)) {
    const others = ['plan-midpoint', 'plan-high', 'covid-2021', 'trend']
      .map((n) => path.join(SCENARIOS_DIR, `${n}.json`))
      .filter((f) => existsSync(f));
    return {
      bodies: [planLow, ...others].map((f) => readFileSync(f, 'utf8')),
      label: 'scenarios/plan-low.json',
    };
  }
  const id = listModelIds()[0];
  if (!id) throw new Error('no model pack in models/: nothing to load-test');
  return { bodies: [JSON.stringify({ model: id })], label: `${id} with its default assumptions` };
}

/** `n` distinct bodies: the presets as shipped, then each with its sector II growth moved by 0.1 pp steps. */
function variedBodies(shipped: string[], n: number): string[] {
  const out = [...shipped];
  for (let i = 0; out.length < n; i++) {
    const spec = JSON.parse(shipped[i % shipped.length]!) as {
      assumptions?: { growth?: Record<string, unknown> };
    };
    const growth = (spec.assumptions ??= {}).growth ?? {};
    const base = typeof growth.II === 'number' ? growth.II : 8;
    const step = Math.floor(i / shipped.length) + 1;
    spec.assumptions.growth = {
      ...growth,
      II: Math.round((base + (i % 2 ? -1 : 1) * step * 0.1) * 100) / 100,
    };
    out.push(JSON.stringify(spec));
  }
  return [...new Set(out)].slice(0, n);
}

interface Row {
  row: string;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  /** Answer-cache hits / lookups on the server during the row, when it has a cache. */
  cacheHits: string;
}

/** One autocannon round from a child process. */
function fire(opts: autocannon.Options): Promise<LoadSummary> {
  const child = fork(new URL('./load-client.ts', import.meta.url), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve(m as LoadSummary));
    child.once('exit', (code) => reject(new Error(`the load client stopped (exit code ${code})`)));
    child.once('error', reject);
    child.send(opts);
  });
}

const { bodies: shipped, label } = presets();
const body = shipped[0]!;
const varied = variedBodies(shipped, VARIED_BODIES);
const json = { 'content-type': 'application/json' };
const post = { method: 'POST' as const, headers: json, body };

/** One fresh server per row; the load comes from loopback, exempt from the rate limit (which stays on). */
async function measure(
  name: string,
  url: string,
  opts: Partial<autocannon.Options>,
  app: AppOptions = {},
): Promise<Row> {
  const server = await startServer({ rateLimit: { allowList: ['127.0.0.1'] }, ...app }, 0, '127.0.0.1');
  try {
    const check = await fetch(`${server.url}${url}`, url === '/api/project' ? post : {});
    if (check.status !== 200) throw new Error(`${name} answered ${check.status}: ${await check.text()}`);
    const cache = server.app.resultCache;
    const [hits0, misses0] = [cache.hits, cache.misses];
    const r = await fire({
      url: `${server.url}${url}`,
      connections,
      duration,
      ...(workers > 1 ? { workers } : {}),
      ...opts,
    });
    const [hits, lookups] = [cache.hits - hits0, cache.hits + cache.misses - hits0 - misses0];
    return {
      row: name,
      ...r,
      cacheHits: lookups > 0 ? `${((100 * hits) / lookups).toFixed(1)} %` : '-',
    };
  } finally {
    await server.app.close();
  }
}

/** A reference row: the same load against a server that only sends `bytes` (no plancast). */
async function ceiling(
  name: string,
  start: (bytes: Buffer) => Promise<CeilingServer>,
  bytes: Buffer,
): Promise<Row> {
  const server = await start(bytes);
  try {
    const r = await fire({
      url: `${server.url}/api/project`,
      connections,
      duration,
      ...(workers > 1 ? { workers } : {}),
      ...post,
    });
    return { row: name, ...r, cacheHits: '-' };
  } finally {
    await server.close();
  }
}

/** The bytes POST /api/project answers for the goal row's body. */
async function answerBytes(): Promise<Buffer> {
  const server = await startServer({ rateLimit: false }, 0, '127.0.0.1');
  try {
    return Buffer.from(await (await fetch(`${server.url}/api/project`, post)).arrayBuffer());
  } finally {
    await server.app.close();
  }
}

console.log(
  `plancast load test: ${duration} s per row, ${connections} connections, loopback, a fresh server per row;\n` +
    `the client runs in its own process (bench/load-client.ts), both scheduled by the OS.\n` +
    `Rows:\n` +
    `  1 POST /api/project, identical body (${label}) every time: answered from the answer cache. The goal row.\n` +
    `  2 POST /api/project, ${varied.length} distinct bodies in turn (the shipped scenarios, then with sector II growth\n` +
    `    moved in 0.1 pp steps): each computed once, then served by the answer cache (${VARIED_BODIES} of its 512 entries).\n` +
    `  3 POST /api/project with the answer cache off: every request parsed, validated, projected, scored, serialised.\n` +
    `  4 as row 1 with the request log of \`npm start\` (pino, one line per request) written to /dev/null.\n` +
    `  5 GET /api/health: the cost of the HTTP stack alone.\n` +
    `  6 reference: a minimal fastify POST route (no hooks, no plugins) sending row 1's answer bytes.\n` +
    `  7 reference: bare node:http sending the same bytes. Rows 6-7 show what this machine and this\n` +
    `    client allow for that answer without plancast.\n` +
    `Rows 1-3 and 5 run without a logger, as the earlier figures did.`,
);
const rows = [
  await measure('1 project, identical body', '/api/project', post),
  await measure('2 project, 64 varied bodies', '/api/project', {
    requests: varied.map((b) => ({ method: 'POST' as const, headers: json, body: b })),
  }),
  await measure('3 project, cache off', '/api/project', post, { resultCacheEntries: 0 }),
  await measure('4 project, identical, logging', '/api/project', post, {
    logger: { level: 'info', file: '/dev/null' },
  }),
  await measure('5 health', '/api/health', {}),
];
const bytes = await answerBytes();
rows.push(
  await ceiling(`6 fastify alone, same ${Math.round(bytes.length / 1024)} KB`, fastifyCeiling, bytes),
  await ceiling(`7 node:http alone, same bytes`, nodeCeiling, bytes),
);
console.table(rows);
const p = rows[0]!;
const ok = p.reqPerSec >= GOAL.rps && p.p99Ms <= GOAL.p99Ms && p.errors === 0;
console.log(
  `goal for POST /api/project, identical body (≥ ${GOAL.rps} req/s, p99 ≤ ${GOAL.p99Ms} ms, 0 errors): ` +
    `${ok ? 'met' : 'NOT met'} (${p.reqPerSec} req/s, p99 ${p.p99Ms} ms, ${p.errors} errors)`,
);
const off = rows[2]!;
console.log(
  `uncached answers (every request computed): ${off.reqPerSec} req/s, p50 ${off.p50Ms} ms, p99 ${off.p99Ms} ms — ` +
    `${off.reqPerSec >= GOAL.rps ? 'the goal would be met' : 'the goal is not met'} without the answer cache.`,
);
process.exitCode = rows.every((r) => r.errors === 0) ? 0 : 1;
