import path from 'node:path';
import type { FastifyServerOptions } from 'fastify';
import { MODELS_DIR, PACKAGE_ROOT, SCENARIOS_DIR } from '../io/paths.ts';

/**
 * The server's explicit limits (also written into the OpenAPI description and the README).
 * Every one can be lowered per app through `AppOptions`, for tests.
 */
export const LIMITS = {
  /** Largest request body, bytes (256 KiB). Larger → 413 problem. */
  bodyLimitBytes: 256 * 1024,
  /** Deepest nesting of arrays / objects in a JSON body (a scenario needs 4); deeper → 400 before parsing. */
  maxJsonDepth: 32,
  /**
   * Most members of one object or elements of one array (a scenario needs at most 50), and in the
   * whole body (a scenario needs a few hundred): wider → 400 before parsing. They bound the
   * main-thread work of a refusal, which grows with the number of wrong values.
   */
  maxJsonMembers: 256,
  maxJsonItems: 2048,
  /** Monte Carlo draws per `POST /api/simulate` (the core allows 100..1,000,000; the API caps it). */
  minDraws: 100,
  maxDraws: 50_000,
  /** Requests per client (IP) per minute, all routes together. Over it → 429 problem with Retry-After. */
  rateLimitPerMinute: 600,
  /** Time a client has to send the whole request (headers and body), ms: slow senders are cut off. */
  requestTimeoutMs: 30_000,
  /** Idle socket timeout, ms; above the heavy-work deadline so a long simulation is not cut. */
  connectionTimeoutMs: 60_000,
  /** Keep-alive idle time, ms. */
  keepAliveTimeoutMs: 5_000,
  /** Wall-clock budget of one heavy request (simulate, sensitivity, solve), queue time included. Over it → 503. */
  heavyDeadlineMs: 20_000,
  /** Heavy tasks waiting for a worker beyond those running; more → 503 with Retry-After. */
  maxQueuedHeavy: 8,
  /** Longest URL, path and query (the API's are under 200; the page keeps its state in the hash). Longer → 414. */
  maxUrlLength: 1024,
  /** Longest path parameter (model id, scenario name). */
  maxParamLength: 100,
  /** Answers of POST /api/project kept for identical bodies (bodies up to 16 KiB, 32 MiB in all). */
  resultCacheEntries: 512,
  resultCacheBytes: 32 * 1024 * 1024,
  resultCacheMaxBodyBytes: 16 * 1024,
  /** Graceful shutdown budget, ms: in-flight requests get this long, then the process exits anyway. */
  shutdownGraceMs: 25_000,
} as const;

/** What `buildApp` accepts; every field is optional and defaults to the shipped layout and LIMITS. */
export interface AppOptions {
  /** Folder of model packs, one sub-folder per pack id (default `models/`). */
  modelsDir?: string;
  /** Folder of scenario files (default `scenarios/`). */
  scenariosDir?: string;
  /** The built web page (default `web/dist`); when it has no index.html, `/` says the page is not built. */
  webDir?: string;
  /** fastify/pino logger options; false (the default) logs nothing, as tests want. */
  logger?: FastifyServerOptions['logger'];
  /** Rate limiting; false turns it off. `allowList` exempts client IPs (e.g. loopback in tests and the load test). */
  rateLimit?: false | { max?: number; timeWindowMs?: number; allowList?: string[] };
  /** Per-request deadline of heavy work, ms. */
  heavyDeadlineMs?: number;
  /** Worker threads for heavy work (default: cores − 1, at least 1). */
  workerThreads?: number;
  /** Body limit in bytes. */
  bodyLimit?: number;
  /** Entries of the POST /api/project answer cache; 0 turns it off. */
  resultCacheEntries?: number;
  /**
   * The scenario library file, opened when the app is built and closed with it (`npm start` passes
   * PLANCAST_DATA). Without it, the first /api/library request opens PLANCAST_DATA or ./data/plancast.db.
   */
  libraryFile?: string;
}

/** AppOptions with every default filled in. */
export interface ResolvedOptions {
  modelsDir: string;
  scenariosDir: string;
  webDir: string;
  logger: FastifyServerOptions['logger'];
  rateLimit: false | { max: number; timeWindowMs: number; allowList: string[] };
  heavyDeadlineMs: number;
  workerThreads: number | undefined;
  bodyLimit: number;
  resultCacheEntries: number;
  libraryFile: string | undefined;
}

/** Fills in the defaults of `AppOptions`. */
export function resolveOptions(o: AppOptions): ResolvedOptions {
  return {
    modelsDir: o.modelsDir ?? MODELS_DIR,
    scenariosDir: o.scenariosDir ?? SCENARIOS_DIR,
    webDir: o.webDir ?? path.join(PACKAGE_ROOT, 'web', 'dist'),
    logger: o.logger ?? false,
    rateLimit:
      o.rateLimit === false
        ? false
        : {
            max: o.rateLimit?.max ?? LIMITS.rateLimitPerMinute,
            timeWindowMs: o.rateLimit?.timeWindowMs ?? 60_000,
            allowList: o.rateLimit?.allowList ?? [],
          },
    heavyDeadlineMs: o.heavyDeadlineMs ?? LIMITS.heavyDeadlineMs,
    workerThreads: o.workerThreads,
    bodyLimit: o.bodyLimit ?? LIMITS.bodyLimitBytes,
    resultCacheEntries: o.resultCacheEntries ?? LIMITS.resultCacheEntries,
    libraryFile: o.libraryFile,
  };
}
