/**
 * JSON for hot answers whose shape is already fixed by TypeScript (the zod response schema types the
 * handler): a walk that refuses NaN and ±Infinity (JSON.stringify would silently print `null`),
 * then JSON.stringify. About 8× cheaper than a full zod encode of a RunResult.
 */
export function finiteJson(data: unknown): string {
  const path = nonFinitePath(data);
  if (path !== null) throw new NonFiniteError(path);
  return JSON.stringify(data);
}

/** Raised (a genuine bug: logged, answered 500) when an answer holds a non-finite number. */
export class NonFiniteError extends Error {
  constructor(path: string) {
    super(`the answer holds a non-finite number at ${path || 'the root'}`);
    this.name = 'NonFiniteError';
  }
}

/** True when no number in a JSON-like value is NaN or ±Infinity (a walk allocating nothing). */
function allFinite(v: unknown): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  if (v === null || typeof v !== 'object') return true;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (!allFinite(v[i])) return false;
    return true;
  }
  for (const k in v) if (!allFinite((v as Record<string, unknown>)[k])) return false;
  return true;
}

/** The path of the first NaN / ±Infinity in a JSON-like value, or null when there is none. */
export function nonFinitePath(data: unknown): string | null {
  if (allFinite(data)) return null;
  // Rare (a bug): walk again, naming the path.
  const stack: [unknown, string][] = [[data, '']];
  while (stack.length > 0) {
    const [v, at] = stack.pop()!;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return at;
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        if (typeof x === 'number') {
          if (!Number.isFinite(x)) return `${at}.${i}`;
        } else if (x !== null && typeof x === 'object') stack.push([x, `${at}.${i}`]);
      }
    } else if (v !== null && typeof v === 'object') {
      for (const k in v) stack.push([(v as Record<string, unknown>)[k], at ? `${at}.${k}` : k]);
    }
  }
  return null;
}

const NON_ASCII = /[\u0080-\uffff]/g;
const ESCAPES = new Map<string, string>();
function escapeUnit(c: string): string {
  let e = ESCAPES.get(c);
  if (e === undefined) {
    e = `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    // Bounded: at most one entry per UTF-16 code unit seen.
    ESCAPES.set(c, e);
  }
  return e;
}

/**
 * `finiteJson`, then every character beyond ASCII written as a `\uXXXX` escape: the same JSON value,
 * a few percent more bytes, and a pure-ASCII body that every client decodes on its fast path (a
 * Ben Tre answer holds ~450 Vietnamese characters; decoding them as UTF-8 costs a JavaScript client,
 * autocannon included, more than the server spends sending a cached answer).
 */
export function asciiJson(data: unknown): string {
  return finiteJson(data).replace(NON_ASCII, escapeUnit);
}
