import path from 'node:path';

/** Where the library lives when PLANCAST_DATA is not set (relative to the working directory). */
export const DEFAULT_LIBRARY_FILE = path.join('data', 'plancast.db');

/** The library file: `PLANCAST_DATA` when set and not blank, else ./data/plancast.db. */
export function libraryFile(env: NodeJS.ProcessEnv = process.env): string {
  const set = env.PLANCAST_DATA?.trim();
  return set ? set : DEFAULT_LIBRARY_FILE;
}
