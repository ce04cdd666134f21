import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { ZodApp } from './routes/shared.ts';

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>plancast</title></head>
<body><h1>plancast</h1>
<p>The web page is not built yet. Run <code>npm run build:web</code> (or <code>npm start</code>, which builds it), then reload.</p>
<p>The API is up: see <a href="/docs">/docs</a> and <a href="/api/health">/api/health</a>.</p>
</body></html>
`;

/** Serves the built page from `webDir` (Vite's dist), or a small page saying it is not built. */
export async function registerWeb(app: ZodApp, webDir: string): Promise<void> {
  if (existsSync(path.join(webDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: webDir, prefix: '/', index: ['index.html'] });
    return;
  }
  app.get('/', { schema: { hide: true } }, async (_req, reply) =>
    reply.type('text/html; charset=utf-8').send(NOT_BUILT),
  );
}
