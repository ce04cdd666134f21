/**
 * Formulas of a pack (docs/model.md §5.6): derived series and targets written as expressions over
 * the named series of the variable list. The text is parsed by mathjs (handed in as `parse`, loaded
 * by src/io only when a pack has a formula); this module walks the syntax tree, refuses every node
 * type and name not on its whitelists, and compiles what is left into plain closures. Nothing of
 * mathjs runs when a formula is evaluated: no scope object, no `evaluate`, no property lookup.
 * Pure and synchronous (core).
 */

/** The shape of a mathjs node this compiler reads (structural: the core does not import mathjs). */
export interface MathNode {
  type: string;
  [key: string]: unknown;
}
/** mathjs's `parse`: text → syntax tree, throwing a SyntaxError with `char` (1-based) on bad text. */
export type ParseFn = (text: string) => MathNode;

/** A formula's value: one number, or one value per year of the run (base year first). */
export type FormulaValue = number | Float64Array;

/** What a compiled formula reads: each named series in display units, and the run's years. */
export interface FormulaEnv {
  years: readonly number[];
  series(name: string): Float64Array | null;
}

export interface CompiledFormula {
  text: string;
  /** `number` when the formula reduces to one value (at, growth, sum, mean), else `path`. */
  result: 'number' | 'path';
  /** The series names it reads (derived series already expanded). */
  reads: string[];
  evaluate(env: FormulaEnv): FormulaValue;
}

export interface FormulaError {
  /** 1-based column of the offending character in the formula text. */
  column: number;
  message: string;
}

export type FormulaResult = { ok: true; value: CompiledFormula } | { ok: false; error: FormulaError };

export interface FormulaContext {
  /** Series a formula may name (e.g. `grdpNominal`, `real.II`, `indicator.poverty`). */
  series: ReadonlySet<string>;
  /** Derived series compiled before this formula, by name. */
  derived?: ReadonlyMap<string, CompiledFormula>;
  baseYear: number;
  lastYear: number;
}

/** Functions a formula may call, with their arity and what they do (docs/packs.md lists them). */
export const FORMULA_FUNCTIONS = {
  abs: 'absolute value (per year on a series)',
  min: 'smallest of its arguments (per year); min(series): smallest plan-year value',
  max: 'largest of its arguments (per year); max(series): largest plan-year value',
  sqrt: 'square root',
  pow: 'pow(x, y) = x^y',
  log: 'natural logarithm; log(x, base)',
  log10: 'base-10 logarithm',
  exp: 'e^x',
  at: 'at(series, year): the value in one year',
  growth: 'growth(series, fromYear, toYear): average yearly growth in %/yr (geometric)',
  sum: 'sum(series[, fromYear, toYear]): sum over the plan years (or the years given)',
  mean: 'mean(series[, fromYear, toYear]): mean over the plan years (or the years given)',
} as const;

/** Operators a formula may use (mathjs names): + − × ÷ ^ and signs; `%` after a number divides by 100. */
const OPERATORS: Record<string, (a: number, b: number) => number> = {
  add: (a, b) => a + b,
  subtract: (a, b) => a - b,
  multiply: (a, b) => a * b,
  divide: (a, b) => a / b,
  pow: (a, b) => Math.pow(a, b),
};
const UNARY: Record<string, (a: number) => number> = { unaryMinus: (a) => -a, unaryPlus: (a) => a };
const ELEMENTWISE1: Record<string, (a: number) => number> = {
  abs: Math.abs,
  sqrt: Math.sqrt,
  log10: Math.log10,
  exp: Math.exp,
};

type Ev = (env: FormulaEnv) => FormulaValue;
interface Compiled {
  ev: Ev;
  result: 'number' | 'path';
}

class Refused extends Error {
  constructor(
    message: string,
    readonly column: number,
  ) {
    super(message);
  }
}

/** Parses and compiles one formula; never throws for bad text (the error names the column). */
export function compileFormula(text: string, parse: ParseFn, ctx: FormulaContext): FormulaResult {
  if (text.trim() === '') return { ok: false, error: { column: 1, message: 'the formula is empty' } };
  let root: MathNode;
  try {
    root = parse(text);
  } catch (e) {
    const char = (e as { char?: unknown }).char;
    const column = typeof char === 'number' && char >= 1 ? char : 1;
    const msg = (e as Error).message.replace(/\s*\(char \d+\)$/, '');
    return { ok: false, error: { column, message: `syntax error: ${msg}` } };
  }
  const reads = new Set<string>();
  const locator = new Locator(text);
  try {
    const c = new Walker(ctx, locator, reads).node(root);
    return {
      ok: true,
      value: { text, result: c.result, reads: [...reads].sort(), evaluate: c.ev },
    };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, error: { column: e.column, message: e.message } };
    throw e;
  }
}

/** Renders an error as `"<text>" at column N: message`, with the text quoted. */
export function describeFormulaError(text: string, err: FormulaError): string {
  return `formula "${text}" at column ${err.column}: ${err.message}`;
}

class Walker {
  constructor(
    private readonly ctx: FormulaContext,
    private readonly at: Locator,
    private readonly reads: Set<string>,
  ) {}

  node(n: MathNode): Compiled {
    switch (n.type) {
      case 'ParenthesisNode':
        return this.node(n.content as MathNode);
      case 'ConstantNode': {
        const v = n.value;
        if (typeof v !== 'number' || !Number.isFinite(v))
          throw new Refused(
            `only numbers are allowed as constants, not ${JSON.stringify(v)}`,
            this.at.constant(),
          );
        return { ev: () => v, result: 'number' };
      }
      case 'SymbolNode':
        return this.symbol(n.name as string);
      case 'AccessorNode':
        return this.accessor(n);
      case 'OperatorNode':
        return this.operator(n);
      case 'FunctionNode':
        return this.call(n);
      case 'AssignmentNode':
        throw new Refused('assignment is not allowed (a formula is one expression)', this.at.assignment());
      case 'FunctionAssignmentNode':
        throw new Refused('defining a function is not allowed', this.at.assignment());
      default:
        throw new Refused(`${describeNode(n.type)} is not allowed`, this.at.forNode(n.type));
    }
  }

  private symbol(name: string): Compiled {
    const derived = this.ctx.derived?.get(name);
    if (derived) {
      for (const r of derived.reads) this.reads.add(r);
      return { ev: derived.evaluate, result: derived.result };
    }
    if (!this.ctx.series.has(name)) {
      const hint = name in FORMULA_FUNCTIONS ? ` (${name} is a function: ${name}(…))` : '';
      throw new Refused(`unknown series "${name}"${hint}`, this.at.identifier(name));
    }
    this.reads.add(name);
    return {
      ev: (env) => {
        const s = env.series(name);
        if (!s) throw new Error(`series ${name} is not in this run`);
        return s;
      },
      result: 'path',
    };
  }

  /** `real.II`, `indicator.poverty`: a series name with a dot. Any other property access is refused. */
  private accessor(n: MathNode): Compiled {
    const name = dottedName(n);
    if (name !== null && (this.ctx.series.has(name) || this.ctx.derived?.has(name))) return this.symbol(name);
    if (name !== null && /^(real|nominal|share|sectorGrowth|deflator|indicator)\./.test(name))
      throw new Refused(`unknown series "${name}"`, this.at.identifier(name.split('.')[0]!));
    throw new Refused(
      'property access is not allowed (only series names such as real.II or indicator.<id>)',
      this.at.access(dottedName(n.object as MathNode)),
    );
  }

  private operator(n: MathNode): Compiled {
    const fn = n.fn as string;
    const args = n.args as MathNode[];
    if (args.length === 1 && fn in UNARY) {
      const f = UNARY[fn]!;
      const a = this.node(args[0]!);
      return { ev: map1(a.ev, f), result: a.result };
    }
    if (args.length === 2 && fn in OPERATORS) {
      const f = OPERATORS[fn]!;
      const a = this.node(args[0]!);
      const b = this.node(args[1]!);
      return {
        ev: map2(a.ev, b.ev, f),
        result: a.result === 'path' || b.result === 'path' ? 'path' : 'number',
      };
    }
    throw new Refused(
      `operator ${String(n.op)} is not allowed; allowed + - * / ^ and parentheses`,
      this.at.operator(String(n.op)),
    );
  }

  private call(n: MathNode): Compiled {
    const fnNode = n.fn as MathNode;
    const args = n.args as MathNode[];
    if (fnNode.type !== 'SymbolNode')
      throw new Refused('only the listed functions may be called', this.at.forNode(fnNode.type));
    const name = fnNode.name as string;
    const col = this.at.identifier(name);
    if (!(name in FORMULA_FUNCTIONS))
      throw new Refused(
        `unknown function "${name}"; allowed ${Object.keys(FORMULA_FUNCTIONS).join(', ')}`,
        col,
      );
    const arity = (lo: number, hi: number) => {
      if (args.length < lo || args.length > hi)
        throw new Refused(
          `${name} takes ${lo === hi ? lo : `${lo} to ${hi}`} argument${hi === 1 ? '' : 's'}, not ${args.length}`,
          col,
        );
    };
    if (name in ELEMENTWISE1) {
      arity(1, 1);
      const a = this.node(args[0]!);
      return { ev: map1(a.ev, ELEMENTWISE1[name]!), result: a.result };
    }
    switch (name) {
      case 'pow': {
        arity(2, 2);
        const a = this.node(args[0]!);
        const b = this.node(args[1]!);
        return { ev: map2(a.ev, b.ev, Math.pow), result: either(a, b) };
      }
      case 'log': {
        arity(1, 2);
        const a = this.node(args[0]!);
        if (args.length === 1) return { ev: map1(a.ev, Math.log), result: a.result };
        const b = this.node(args[1]!);
        return { ev: map2(a.ev, b.ev, (x, base) => Math.log(x) / Math.log(base)), result: either(a, b) };
      }
      case 'min':
      case 'max': {
        arity(1, 16);
        const pick = name === 'min' ? Math.min : Math.max;
        const cs = args.map((a) => this.node(a));
        if (cs.length === 1) {
          const only = cs[0]!;
          if (only.result === 'number') return only;
          return { ev: (env) => reduceYears(only.ev(env) as Float64Array, 1, null, pick), result: 'number' };
        }
        let acc = cs[0]!;
        for (const c of cs.slice(1)) acc = { ev: map2(acc.ev, c.ev, pick), result: either(acc, c) };
        return acc;
      }
      case 'at': {
        arity(2, 2);
        const s = this.seriesArg(name, args[0]!);
        const year = this.yearArg(name, args[1]!);
        return { ev: (env) => (s.ev(env) as Float64Array)[year - env.years[0]!]!, result: 'number' };
      }
      case 'growth': {
        arity(3, 3);
        const s = this.seriesArg(name, args[0]!);
        const from = this.yearArg(name, args[1]!);
        const to = this.yearArg(name, args[2]!);
        if (to <= from) throw new Refused(`growth needs fromYear < toYear, not ${from} and ${to}`, col);
        return {
          ev: (env) => {
            const v = s.ev(env) as Float64Array;
            const y0 = env.years[0]!;
            return (Math.pow(v[to - y0]! / v[from - y0]!, 1 / (to - from)) - 1) * 100;
          },
          result: 'number',
        };
      }
      case 'sum':
      case 'mean': {
        if (args.length !== 1) arity(3, 3);
        const s = this.seriesArg(name, args[0]!);
        const range = args.length === 3 ? [this.yearArg(name, args[1]!), this.yearArg(name, args[2]!)] : null;
        if (range && range[1]! < range[0]!)
          throw new Refused(`${name} needs fromYear ≤ toYear, not ${range[0]} and ${range[1]}`, col);
        const add = (a: number, b: number) => a + b;
        return {
          ev: (env) => {
            const v = s.ev(env) as Float64Array;
            const y0 = env.years[0]!;
            const lo = range ? range[0]! - y0 : 1;
            const hi = range ? range[1]! - y0 : v.length - 1;
            const total = reduceYears(v, lo, hi, add);
            return name === 'sum' ? total : total / (hi - lo + 1);
          },
          result: 'number',
        };
      }
    }
    throw new Refused(`unknown function "${name}"`, col);
  }

  private seriesArg(fn: string, n: MathNode): Compiled {
    const c = this.node(n);
    if (c.result !== 'path')
      throw new Refused(`the first argument of ${fn} must be a series, not a number`, this.at.identifier(fn));
    return c;
  }

  /** A year argument: a whole-number constant inside the run (checked now, not per run). */
  private yearArg(fn: string, n: MathNode): number {
    const v = n.type === 'ConstantNode' ? n.value : undefined;
    const { baseYear, lastYear } = this.ctx;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < baseYear || v > lastYear)
      throw new Refused(
        `a year of ${fn} must be a whole number from ${baseYear} to ${lastYear}${typeof v === 'number' ? `, not ${v}` : ''}`,
        typeof v === 'number' ? this.at.number(v) : this.at.identifier(fn),
      );
    return v;
  }
}

function either(a: Compiled, b: Compiled): 'number' | 'path' {
  return a.result === 'path' || b.result === 'path' ? 'path' : 'number';
}

function map1(a: Ev, f: (x: number) => number): Ev {
  return (env) => {
    const x = a(env);
    if (typeof x === 'number') return f(x);
    const out = new Float64Array(x.length);
    for (let i = 0; i < x.length; i++) out[i] = f(x[i]!);
    return out;
  };
}

function map2(a: Ev, b: Ev, f: (x: number, y: number) => number): Ev {
  return (env) => {
    const x = a(env);
    const y = b(env);
    if (typeof x === 'number' && typeof y === 'number') return f(x, y);
    const n = typeof x === 'number' ? (y as Float64Array).length : x.length;
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++)
      out[i] = f(typeof x === 'number' ? x : x[i]!, typeof y === 'number' ? y : y[i]!);
    return out;
  };
}

/** Folds v[lo..hi] (hi null: to the end) with f. */
function reduceYears(
  v: Float64Array,
  lo: number,
  hi: number | null,
  f: (a: number, b: number) => number,
): number {
  const end = hi ?? v.length - 1;
  let acc = v[lo]!;
  for (let i = lo + 1; i <= end; i++) acc = f(acc, v[i]!);
  return acc;
}

/** `a.b.c` with every step a dot and a plain name: the dotted name; else null. */
function dottedName(n: MathNode): string | null {
  if (n.type === 'SymbolNode') return n.name as string;
  if (n.type !== 'AccessorNode') return null;
  const index = n.index as MathNode;
  const dims = index.dimensions as MathNode[];
  if (!index.dotNotation || dims.length !== 1 || typeof dims[0]!.value !== 'string') return null;
  const head = dottedName(n.object as MathNode);
  return head === null ? null : `${head}.${dims[0]!.value}`;
}

function describeNode(type: string): string {
  switch (type) {
    case 'ArrayNode':
      return 'a matrix or list [ … ]';
    case 'ObjectNode':
      return 'an object { … }';
    case 'BlockNode':
      return 'more than one expression (; or a new line)';
    case 'ConditionalNode':
      return 'a condition ? … : …';
    case 'RangeNode':
      return 'a range a:b';
    case 'RelationalNode':
      return 'a comparison';
    case 'IndexNode':
      return 'indexing';
    default:
      return `${type.replace(/Node$/, '').toLowerCase()}`;
  }
}

/**
 * Finds where in the text a refused node sits (mathjs nodes carry no position): a small scan of
 * the text's tokens, skipping the contents of strings.
 */
class Locator {
  private readonly idents: { name: string; col: number; afterDot: boolean }[] = [];
  constructor(private readonly text: string) {
    const re = /[A-Za-z_$][A-Za-z0-9_$]*/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const before = text.slice(0, m.index).trimEnd();
      this.idents.push({ name: m[0], col: m.index + 1, afterDot: before.endsWith('.') });
    }
  }
  identifier(name: string): number {
    const first = name.split('.')[0]!;
    return (
      this.idents.find((i) => i.name === first && !i.afterDot)?.col ??
      this.idents.find((i) => i.name === first)?.col ??
      1
    );
  }
  assignment(): number {
    const m = /(?<![<>!=])=(?!=)/.exec(this.text);
    return m ? m.index + 1 : 1;
  }
  /** The `.` or `[` after `object` (a plain or dotted name), else after the first name or bracket. */
  access(object: string | null): number {
    if (object !== null) {
      const escaped = object.replace(/[.$]/g, (c) => `\\${c}`).replace(/\s*\\\.\s*/g, '\\s*\\.\\s*');
      const named = new RegExp(`(?<![A-Za-z0-9_$.])${escaped}\\s*([.[])`).exec(this.text);
      if (named) return named.index + named[0].length;
    }
    const m = /[A-Za-z_$)\]][A-Za-z0-9_$]*\s*([.[])/.exec(this.text);
    return m ? m.index + m[0].length : 1;
  }
  constant(): number {
    const m = /["']|\b(true|false|null|undefined|NaN|Infinity)\b/.exec(this.text);
    return m ? m.index + 1 : 1;
  }
  number(v: number): number {
    const i = this.text.indexOf(String(v));
    return i >= 0 ? i + 1 : 1;
  }
  operator(op: string): number {
    const i = this.text.indexOf(op);
    return i >= 0 ? i + 1 : 1;
  }
  forNode(type: string): number {
    const ch: Record<string, RegExp> = {
      ArrayNode: /\[/,
      ObjectNode: /\{/,
      BlockNode: /[;\n]/,
      ConditionalNode: /\?/,
      RangeNode: /:/,
      RelationalNode: /[<>=!]=?/,
      IndexNode: /\[/,
    };
    const m = ch[type]?.exec(this.text);
    return m ? m.index + 1 : 1;
  }
}
