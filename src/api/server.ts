import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { LIMITS, type AppOptions } from './options.ts';

/** A listening server and how to reach and stop it. */
export interface RunningServer {
  app: FastifyInstance;
  /** e.g. `http://127.0.0.1:3000` */
  url: string;
  port: number;
}

/** Reads PORT and HOST (defaults 3000 and 127.0.0.1), refusing a PORT that is not 0..65535. */
export function listenAddress(env: NodeJS.ProcessEnv): { port: number; host: string } {
  const raw = env.PORT?.trim() || '3000';
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535)
    throw new Error(`PORT is "${raw}"; expected an integer from 0 to 65535`);
  return { port, host: env.HOST?.trim() || '127.0.0.1' };
}

/** Builds the app and listens (port 0: an ephemeral port). */
export async function startServer(options: AppOptions, port: number, host: string): Promise<RunningServer> {
  const app = buildApp(options);
  await app.listen({ port, host });
  const addr = app.server.address();
  const bound = typeof addr === 'object' && addr ? addr.port : port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return { app, url: `http://${shown}:${bound}`, port: bound };
}

/**
 * SIGTERM / SIGINT: stop accepting, let in-flight requests finish, end the workers, exit 0.
 * A second signal, or the grace period passing, exits 1 at once. Returns a function removing the handlers.
 */
export function installShutdown(
  app: FastifyInstance,
  exit: (code: number) => void = (c) => process.exit(c),
): () => void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) {
      app.log.warn({ signal }, 'second signal: exiting now');
      exit(1);
      return;
    }
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    const timer = setTimeout(() => {
      app.log.error('shutdown grace period passed: exiting');
      exit(1);
    }, LIMITS.shutdownGraceMs);
    timer.unref();
    app.close().then(
      () => {
        clearTimeout(timer);
        app.log.info('stopped');
        exit(0);
      },
      (err: unknown) => {
        app.log.error({ err }, 'error while closing');
        exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return () => {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  };
}
