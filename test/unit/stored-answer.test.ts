import { describe, expect, it } from 'vitest';
import { API_HEADERS, sendStoredJson } from '../../src/api/api-headers.ts';

/** A stand-in for a fastify reply that records what goes to the socket. */
function fakeReply(set: Record<string, string | number | undefined>) {
  const sent: { status?: number; headers?: string[]; body?: Buffer; hijacked: boolean } = { hijacked: false };
  return {
    sent,
    reply: {
      hijack: () => (sent.hijacked = true),
      getHeaders: () => set,
      raw: {
        writeHead: (status: number, headers: string[]) => Object.assign(sent, { status, headers }),
        end: (body: Buffer) => (sent.body = body),
      },
    },
  };
}

const pairs = (h: string[]) => Object.fromEntries(h.flatMap((_, i) => (i % 2 ? [] : [[h[i]!, h[i + 1]!]])));

describe('sendStoredJson', () => {
  it('writes the stored bytes with the API headers, type, length and those already set', () => {
    const bytes = Buffer.from('{"ok":true}');
    const { reply, sent } = fakeReply({ 'x-ratelimit-remaining': 7, skipped: undefined });
    sendStoredJson(reply, bytes, false);
    expect(sent.hijacked).toBe(true);
    expect(sent.status).toBe(200);
    expect(sent.body).toBe(bytes);
    expect(pairs(sent.headers!)).toEqual({
      'x-ratelimit-remaining': '7',
      ...API_HEADERS,
      'content-type': 'application/json; charset=utf-8',
      'content-length': '11',
    });
  });

  it('ends the keep-alive connection while the server closes', () => {
    const { reply, sent } = fakeReply({});
    sendStoredJson(reply, Buffer.from('{}'), true);
    expect(pairs(sent.headers!).connection).toBe('close');
  });
});
