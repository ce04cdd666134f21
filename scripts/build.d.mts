// Types of scripts/build.mjs for the TypeScript that imports it (tests, bench).
export const ROOT: string;
export const FORMAT: number;
export interface Stamp {
  format: number;
  /** When the build started (ms since the epoch): a file changed after it makes dist/ stale. */
  builtAt: number;
  /** Every file the build read, relative to the root. */
  inputs: string[];
  /** The entry files, relative to the root. */
  entries: string[];
}
export function isFresh(root?: string): boolean;
export function ensureBuilt(root?: string): Promise<boolean>;
export function build(root?: string): Promise<Stamp & { outputs: string[] }>;
