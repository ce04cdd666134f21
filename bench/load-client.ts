/**
 * The load generator of `npm run loadtest`, in its own process (forked by bench/loadtest.ts), so it
 * shares neither the server's event loop nor its process. Receives autocannon options over IPC,
 * runs one bounded round, sends back a summary.
 */
import autocannon from 'autocannon';

export interface LoadSummary {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

process.once('message', (opts: autocannon.Options) => {
  autocannon(opts)
    .then((r) => {
      const summary: LoadSummary = {
        reqPerSec: Math.round(r.requests.average),
        p50Ms: r.latency.p50,
        p99Ms: r.latency.p99,
        errors: r.errors + r.timeouts + r.non2xx,
      };
      process.send!(summary, () => process.exit(0));
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
});
