import type { z } from 'zod';
import { describeValue, type Problem } from '../core/problems.ts';

export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/**
 * Most problems described for one input. A refusal lists the first ones: describing every one of
 * thousands of wrong values would cost more than the validation itself, and no one reads past 50.
 */
export const MAX_PROBLEMS = 50;

/** Validates `input` with a zod schema and turns its issues into problems that name the field, value and range. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Result<z.infer<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, problems: problemsFromZod(parsed.error.issues, input, []) };
}

type Issue = z.core.$ZodIssue;

/**
 * Converts zod issues into problems (at most `limit`, the first ones); for unions it keeps the
 * branch that matches the input's type.
 */
export function problemsFromZod(
  issues: readonly Issue[],
  root: unknown,
  prefix: PropertyKey[],
  limit: number = MAX_PROBLEMS,
): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    if (out.length >= limit) break;
    for (const p of problemFromIssue(issue, root, prefix, limit - out.length)) out.push(p);
  }
  return out.slice(0, limit);
}

function problemFromIssue(issue: Issue, root: unknown, prefix: PropertyKey[], limit: number): Problem[] {
  const path = [...prefix, ...issue.path].map((k) => (typeof k === 'number' ? k : String(k)));
  const value = valueAt(root, path);
  const where = path.length > 0 ? path.join('.') : 'the input';
  const shown = describeValue(value);
  switch (issue.code) {
    case 'invalid_union': {
      const best = pickBranch(issue.errors);
      if (best) return problemsFromZod(best, root, path, limit);
      return [{ code: 'invalid_value', path, message: `${where} is ${shown}; ${issue.message}`, value }];
    }
    case 'too_big': {
      const allowed = rangeText(issue.message) ?? `at most ${String(issue.maximum)}`;
      return [
        { code: 'out_of_range', path, value, allowed, message: `${where} is ${shown}; allowed ${allowed}` },
      ];
    }
    case 'too_small': {
      const allowed = rangeText(issue.message) ?? `at least ${String(issue.minimum)}`;
      return [
        { code: 'out_of_range', path, value, allowed, message: `${where} is ${shown}; allowed ${allowed}` },
      ];
    }
    case 'invalid_type': {
      const allowed = issue.expected;
      const what = value === undefined ? 'is missing' : `is ${shown}`;
      return [
        { code: 'invalid_type', path, value, allowed, message: `${where} ${what}; expected ${allowed}` },
      ];
    }
    case 'unrecognized_keys': {
      return issue.keys.slice(0, limit).map((key) => ({
        code: 'unknown_field',
        path: [...path, key],
        message: `${[...path, key].join('.')} is not a known field`,
        value: key,
      }));
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return [
        { code: 'invalid_value', path, value, allowed, message: `${where} is ${shown}; allowed ${allowed}` },
      ];
    }
    default:
      return [{ code: 'invalid_value', path, value, message: `${where} is ${shown}; ${issue.message}` }];
  }
}

/** Our bounded numbers carry their whole range as the issue message ("-10 to 40 (...)"). */
function rangeText(message: string): string | undefined {
  return /^-?[\d.e+]+ to -?[\d.e+]+/.test(message) ? message : undefined;
}

/** The union branch whose issues are fewest after skipping type mismatches at the union itself. */
function pickBranch(branches: readonly (readonly Issue[])[]): readonly Issue[] | undefined {
  let best: readonly Issue[] | undefined;
  let bestScore = Infinity;
  for (const b of branches) {
    const typeMismatch = b.some((i) => i.code === 'invalid_type' && i.path.length === 0);
    const score = (typeMismatch ? 1000 : 0) + b.length;
    if (score < bestScore) {
      best = b;
      bestScore = score;
    }
  }
  return best;
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}
