import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Runs the real, compiled CLI as a separate process (as a user would) and returns its exit code and output. */
export function runCli(
  args: readonly string[],
  opts: { cwd?: string; env?: Record<string, string> } = {},
): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'plancast.mjs'), ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    // PLANCAST_DIST=require: the compiled CLI (dist/) or a failure, never a silent tsx fallback.
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', PLANCAST_DIST: 'require', ...opts.env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
