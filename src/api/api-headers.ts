/** Headers of every non-page answer (JSON, problems): OWASP's set for REST responses. */
export const API_HEADERS = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
} as const;

const API_HEADER_LIST: readonly string[] = Object.entries(API_HEADERS).flat();
const JSON_TYPE = 'application/json; charset=utf-8';

/** The raw reply an answer goes out on, and the headers already set on it (e.g. the rate limit's). */
interface RawAnswerTarget {
  hijack(): unknown;
  getHeaders(): Record<string, number | string | string[] | undefined>;
  raw: { writeHead(status: number, headers: string[]): unknown; end(body: Buffer): unknown };
}

/**
 * Sends stored JSON bytes as a 200 straight to the socket, with the headers fastify's send path
 * would give (those set on the reply so far, the API set, type, length, `connection: close` while
 * the server closes). For answers already serialized: fastify's send path (onSend hooks, header
 * bookkeeping) costs more than the rest of a cached answer. onResponse hooks (the log line) still run.
 */
export function sendStoredJson(reply: RawAnswerTarget, bytes: Buffer, closing: boolean): void {
  const headers: string[] = [];
  const set = reply.getHeaders();
  for (const name in set) {
    const value = set[name];
    if (value !== undefined) headers.push(name, String(value));
  }
  headers.push(...API_HEADER_LIST, 'content-type', JSON_TYPE, 'content-length', String(bytes.length));
  if (closing) headers.push('connection', 'close');
  // writeHead first: should it throw, fastify still owns the reply and answers the error.
  reply.raw.writeHead(200, headers);
  reply.hijack();
  reply.raw.end(bytes);
}
