import path from 'node:path';

/** The library's file name inside the data folder. */
export const LIBRARY_FILE_NAME = 'plancast.db';

/** Where the library lives when PLANCAST_DATA is not set (relative to the working directory). */
export const DEFAULT_LIBRARY_FILE = path.join('data', LIBRARY_FILE_NAME);

/**
 * The library file: `plancast.db` in the folder PLANCAST_DATA names (./data when unset or blank).
 * A value ending in `.db` names the file itself, for tests and for a second library beside the first.
 */
export function libraryFile(env: NodeJS.ProcessEnv = process.env): string {
  const set = env.PLANCAST_DATA?.trim();
  if (!set) return DEFAULT_LIBRARY_FILE;
  return /\.db$/i.test(set) ? set : path.join(set, LIBRARY_FILE_NAME);
}
