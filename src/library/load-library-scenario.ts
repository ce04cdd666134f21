import type { ScenarioSpec } from '../schema/scenario.ts';
import { libraryFile } from './data-path.ts';
import { ScenarioLibrary } from './store.ts';

/**
 * The scenario JSON of a saved version (the latest without `version`), from the library at
 * PLANCAST_DATA, for commands that accept a library name where they take a scenario file.
 * Throws PlancastError (`not_found` naming the name or version) when there is none.
 * @example loadLibraryScenario('Phương án cao', 2).model // => 'ben-tre-2021-2025'
 */
export function loadLibraryScenario(
  name: string,
  version?: number,
  file: string = libraryFile(),
): ScenarioSpec {
  const lib = ScenarioLibrary.open(file);
  try {
    return lib.show(name, version).scenario;
  } finally {
    lib.close();
  }
}
