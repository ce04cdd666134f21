import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TASK = fileURLToPath(new URL('./mc-task.ts', import.meta.url));
const TSX_ENTRY = fileURLToPath(new URL('./mc-worker.mjs', import.meta.url));

let cached: string | null = null;

/**
 * The Monte Carlo worker entry as one plain-JS ES module: mc-task.ts and everything it imports,
 * bundled once per process with esbuild and cached under the temp directory, keyed by a hash of
 * the bundle (so an edited source gives a new file). Plain JS starts in a few tens of ms where
 * loading TypeScript through tsx in every worker took about a second. Falls back to the tsx
 * entry when esbuild is unavailable.
 */
export async function workerEntry(): Promise<string> {
  if (cached) return cached;
  try {
    const { buildSync } = await import('esbuild');
    const out = buildSync({
      entryPoints: [TASK],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      write: false,
      logLevel: 'silent',
    });
    const code = out.outputFiles[0]!.contents;
    const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
    const dir = join(tmpdir(), 'plancast-workers');
    const file = join(dir, `mc-task-${hash}.mjs`);
    if (!existsSync(file)) {
      mkdirSync(dir, { recursive: true });
      const part = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(part, code);
      renameSync(part, file); // atomic: concurrent processes never see a half-written file
    }
    cached = file;
  } catch {
    cached = TSX_ENTRY;
  }
  return cached;
}
