import path from 'node:path';
import { readScenarioFile } from '../io/load-scenario.ts';

/** A scenario named on the command line, read but not resolved. */
export interface ScenarioRef {
  /** How the reader refers to it in columns and legends: the file name without `.json`. */
  label: string;
  /** Where it came from, for error messages. */
  origin: string;
  spec: unknown;
}

/**
 * Turns one command-line scenario reference into a scenario: a file path (or the name of a shipped
 * scenario, as `plancast run` takes). The one place a reference is resolved, so other kinds of
 * reference (a scenario library's names) are added here and every command gains them.
 */
export function resolveScenarioRef(ref: string): ScenarioRef {
  const { file, spec } = readScenarioFile(ref);
  return { label: path.basename(file).replace(/\.json$/i, ''), origin: file, spec };
}
