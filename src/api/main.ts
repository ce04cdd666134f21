/**
 * `npm start` / `node --import tsx src/api/main.ts`: serves the API and the page on
 * http://127.0.0.1:3000 (PORT and HOST from the environment; LOG_LEVEL for pino, default info).
 */
import { libraryFile } from '../library/data-path.ts';
import { installShutdown, listenAddress, startServer } from './server.ts';

let address: { port: number; host: string };
try {
  address = listenAddress(process.env);
} catch (e) {
  console.error(`plancast: ${(e as Error).message}`);
  process.exit(2);
}
const server = await startServer(
  // The scenario library is opened now (a bad PLANCAST_DATA fails the start, not the first save).
  { logger: { level: process.env.LOG_LEVEL ?? 'info' }, libraryFile: libraryFile(process.env) },
  address.port,
  address.host,
);
installShutdown(server.app);
server.app.log.info(`plancast serving on ${server.url} (API docs at ${server.url}/docs)`);
// Start the heavy-work thread now: loading its modules takes about a second, which the first
// simulate, sensitivity or solve --all request would otherwise wait for.
server.app.heavyPool
  .warm()
  .catch((e: unknown) => server.app.log.warn({ err: e }, 'heavy-work pool warm-up failed'));
