/**
 * Errors are values: one issue shape for every refusal (bad file, bad request, bad flag),
 * so the CLI, the API and the page show the same words.
 */
export interface Problem {
  /** Stable machine code, e.g. `out_of_range`, `invalid_json`, `unknown_model`. */
  code: string;
  /** Path of the bad field, e.g. `assumptions.growth.II.2023`. Empty for the whole input. */
  path: (string | number)[];
  /** Plain-language explanation naming the field, the value and what is allowed. */
  message: string;
  value?: unknown;
  allowed?: string;
}

/** Thrown only at the shells' boundary (loaders, parsers); the core returns data. */
export class PlancastError extends Error {
  readonly problems: Problem[];
  /** Where the input came from: a file path, `request body`, a flag name. */
  readonly origin: string;

  constructor(origin: string, problems: Problem[]) {
    super(formatProblems(origin, problems));
    this.name = 'PlancastError';
    this.problems = problems;
    this.origin = origin;
  }
}

/** Renders problems as lines `origin: path: message`. */
export function formatProblems(origin: string, problems: readonly Problem[]): string {
  return problems
    .map((p) => {
      const where = p.path.join('.');
      return where === '' || p.message.includes(where)
        ? `${origin}: ${p.message}`
        : `${origin}: ${where}: ${p.message}`;
    })
    .join('\n');
}

/** Formats a value for an error message without ever printing huge blobs. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  // JSON.stringify would print a non-finite number (e.g. JSON `1e999`) as "null".
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a number too large to represent';
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value) ?? value);
  } catch {
    // Deeply nested or cyclic values: stringify and join both recurse and may overflow the stack.
    text = Array.isArray(value)
      ? `an array of ${value.length} items`
      : typeof value === 'object'
        ? 'an object'
        : typeof value;
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
