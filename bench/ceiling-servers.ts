/**
 * Reference servers for `npm run loadtest`: what this machine and the load client allow for the
 * same answer, without plancast. Each reads the POST body and sends the given bytes with the
 * API's headers: one on bare node:http, one on a minimal fastify route (no hooks, no plugins).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { API_HEADERS } from '../src/api/api-headers.ts';

export interface CeilingServer {
  url: string;
  close(): Promise<void>;
}

const HEADERS = { ...API_HEADERS, 'content-type': 'application/json; charset=utf-8' };

/** node:http alone: read the body, write the bytes. */
export function nodeCeiling(bytes: Buffer): Promise<CeilingServer> {
  const server = http.createServer((req, res) => {
    req.on('data', () => {});
    req.on('end', () => {
      res.writeHead(200, { ...HEADERS, 'content-length': bytes.length });
      res.end(bytes);
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((done) => server.close(() => done())).then(() => undefined),
      });
    }),
  );
}

/** A fastify POST route with its default JSON body parser, replying with the bytes. */
export async function fastifyCeiling(bytes: Buffer): Promise<CeilingServer> {
  const app = Fastify({ forceCloseConnections: true });
  app.post('/api/project', (_req, reply) => {
    void reply.headers(HEADERS).send(bytes);
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => app.close() };
}
