import { existsSync } from 'node:fs';
import path from 'node:path';
import { PlancastError } from '../core/problems.ts';
import { readScenarioFile } from '../io/load-scenario.ts';
import { libraryFile } from '../library/data-path.ts';
import { loadLibraryScenario } from '../library/load-library-scenario.ts';

/** A scenario named on the command line, read but not resolved. */
export interface ScenarioRef {
  /** How the reader refers to it in columns and legends: the file name without `.json`, or the library name. */
  label: string;
  /** Where it came from, for error messages. */
  origin: string;
  spec: unknown;
}

/** `lib:<name>` or `lib:<name>@<version>`: a scenario saved in the library (`plancast scenarios`). */
const LIBRARY_REF = /^lib:(.+?)(?:@(\d+))?$/s;

/**
 * Turns one command-line scenario reference into a scenario: `lib:<name>[@<version>]` for a saved
 * scenario of the library at PLANCAST_DATA (the latest version by default), else a file path or
 * the name of a shipped scenario, as `plancast run` takes. The one place a reference is resolved,
 * so every command that takes scenarios (compare, report) takes the same kinds.
 */
export function resolveScenarioRef(ref: string): ScenarioRef {
  const lib = LIBRARY_REF.exec(ref);
  if (lib) {
    const [, name, version] = lib as unknown as [string, string, string | undefined];
    const file = libraryFile();
    // Reading must not create an empty library where there is none.
    if (!existsSync(file))
      throw new PlancastError(ref, [
        {
          code: 'not_found',
          path: [],
          value: ref,
          message: `there is no scenario library at ${file} (save one with plancast scenarios save, or set PLANCAST_DATA)`,
        },
      ]);
    const spec = loadLibraryScenario(name, version === undefined ? undefined : Number(version), file);
    return { label: version === undefined ? name : `${name} v${version}`, origin: `library ${file}`, spec };
  }
  const { file, spec } = readScenarioFile(ref);
  return { label: path.basename(file).replace(/\.json$/i, ''), origin: file, spec };
}
