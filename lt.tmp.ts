import autocannon from 'autocannon';
import Fastify from 'fastify';
import { startServer } from './src/api/server.ts';
const mode = process.argv[2];
let url: string; let close: () => Promise<unknown>;
if (mode === 'hello') { const f = Fastify(); f.get('/api/health', async () => ({ ok: 1 })); await f.listen({ port: 0, host: '127.0.0.1' }); url = `http://127.0.0.1:${(f.server.address() as any).port}`; close = () => f.close(); }
else { const s = await startServer({ rateLimit: mode === 'norl' ? false : { allowList: ['127.0.0.1'] } }, 0, '127.0.0.1'); url = s.url; close = () => s.app.close(); }
const w = Number(process.argv[3] ?? 0);
const r = await autocannon({ url: url + '/api/health', connections: 10, duration: 4, ...(w ? { workers: w } : {}) });
console.log(mode, 'workers', w, Math.round(r.requests.average), r.latency.p50, r.latency.p99);
await close();
