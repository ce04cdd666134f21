import { PlancastError } from '../core/problems.ts';
import { Lang } from '../schema/common.ts';

export const EXIT = { ok: 0, failure: 1, badInput: 2 } as const;

/** What a command may touch: output streams and whether stdout is a terminal (colours, progress bars). */
export interface CliContext {
  out: (text: string) => void;
  err: (text: string) => void;
  isTTY: boolean;
  exitCode: number;
}

/** Parses `--lang`, refusing anything but vi and en. */
export function parseLang(value: string | undefined): Lang {
  const parsed = Lang.safeParse(value ?? 'en');
  if (!parsed.success)
    throw new PlancastError('--lang', [
      {
        code: 'invalid_value',
        path: [],
        value,
        allowed: 'vi, en',
        message: `"${value}" is not a language; allowed vi, en`,
      },
    ]);
  return parsed.data;
}

/** Parses a flag whose value must be one of `allowed` (undefined stays undefined). */
export function parseChoice<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new PlancastError(flag, [
    {
      code: 'invalid_value',
      path: [],
      value,
      allowed: allowed.join(', '),
      message: `${flag} "${value}" is not allowed; allowed ${allowed.join(', ')}`,
    },
  ]);
}

/** Parses an integer flag within [min, max], refusing anything else with the allowed range. */
export function parseIntFlag(
  flag: string,
  value: string | undefined,
  min: number,
  max: number,
  fallback: number,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max)
    throw new PlancastError(flag, [
      {
        code: 'out_of_range',
        path: [],
        value,
        allowed: `an integer from ${min} to ${max}`,
        message: `"${value}" is not allowed; expected an integer from ${min} to ${max}`,
      },
    ]);
  return n;
}
