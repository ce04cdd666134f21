import { readFileSync, statSync } from 'node:fs';
import { PlancastError } from '../core/problems.ts';

/** Largest JSON file we read: far above any pack or scenario, far below what could hurt. */
export const MAX_JSON_BYTES = 8 * 1024 * 1024;

/** Reads and parses a JSON file, refusing a missing, huge or malformed file with a clear problem. */
export function readJsonFile(file: string): unknown {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new PlancastError(file, [{ code: 'not_found', path: [], message: 'no such file' }]);
  }
  if (size > MAX_JSON_BYTES)
    throw new PlancastError(file, [
      { code: 'too_large', path: [], message: `file is ${size} bytes; allowed at most ${MAX_JSON_BYTES}` },
    ]);
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new PlancastError(file, [
      { code: 'invalid_json', path: [], message: `not valid JSON (${(e as Error).message})` },
    ]);
  }
}
