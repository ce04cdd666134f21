// Types of scripts/build.mjs for the TypeScript that imports it (tests, bench).
export const ROOT: string;
export const FORMAT: number;
export interface Stamp {
  format: number;
  /** Every file the build read, relative to the root, with its mtime then (-1: changed during the build). */
  inputs: Record<string, number>;
  /** The entry files, relative to the root. */
  entries: string[];
}
export function isFresh(root?: string): boolean;
export function ensureBuilt(root?: string): Promise<boolean>;
export function build(root?: string): Promise<Stamp & { outputs: string[] }>;
