/** Bounds on the shape of a JSON body, checked on its text before `JSON.parse`. */
export interface JsonShapeLimits {
  /** Deepest nesting of arrays / objects. */
  maxDepth: number;
  /** Most members of one object or elements of one array. */
  maxMembers: number;
  /** Most members and elements in the whole body. */
  maxItems: number;
}

/** Which bound a text passes first, with that bound. */
export type JsonShapeExcess = { kind: 'depth' | 'members' | 'items'; limit: number };

/**
 * The first bound of `limits` that a JSON text passes, or null, without parsing it (strings skipped).
 * A linear scan that stops at the first excess: about 1 µs per kilobyte.
 *
 * Why members and items: validation costs a few µs per wrong value (zod builds an issue, for a union
 * one per branch), so a 249 KB body of 20,000 wrong keys cost ~200 ms of main-thread CPU and stalled
 * every other request. Bounded counts bound that work whatever the content; a scenario needs a few
 * hundred items and no container above 50 members.
 * Counts are exact for valid JSON; for broken JSON they only decide whether `JSON.parse` runs at all.
 */
export function jsonShapeExceeds(text: string, limits: JsonShapeLimits): JsonShapeExcess | null {
  const members = new Int32Array(limits.maxDepth + 2);
  let depth = 0;
  let items = 0;
  let opened = false; // just after `[` or `{`: the next token, unless a closing bracket, is a first item
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i += 1;
      else if (c === 34 /* " */) inString = false;
      continue;
    }
    if (c === 32 || c === 10 || c === 13 || c === 9) continue; // whitespace
    if (opened) {
      opened = false;
      if (c !== 93 /* ] */ && c !== 125 /* } */) {
        members[depth] = 1;
        items += 1;
      }
    }
    if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      depth += 1;
      if (depth > limits.maxDepth) return { kind: 'depth', limit: limits.maxDepth };
      members[depth] = 0;
      opened = true;
    } else if (c === 93 || c === 125) {
      if (depth > 0) depth -= 1;
    } else if (c === 44 /* , */ && depth > 0) {
      members[depth] = members[depth]! + 1;
      items += 1;
      if (members[depth]! > limits.maxMembers) return { kind: 'members', limit: limits.maxMembers };
    }
    if (items > limits.maxItems) return { kind: 'items', limit: limits.maxItems };
  }
  return null;
}
