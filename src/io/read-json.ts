import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { PlancastError, type Problem } from '../core/problems.ts';

/** Largest JSON file we read: far above any pack or scenario, far below what could hurt. */
export const MAX_JSON_BYTES = 8 * 1024 * 1024;

/** Reads and parses a JSON file, refusing a missing, huge or malformed file with a clear problem. */
export function readJsonFile(file: string): unknown {
  const text = readTextFile(file, MAX_JSON_BYTES);
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new PlancastError(file, [
      { code: 'invalid_json', path: [], message: `not valid JSON (${(e as Error).message})` },
    ]);
  }
}

/**
 * Reads a regular file as UTF-8, at most `maxBytes`, whatever the path names. The size is counted
 * while reading, not taken from `stat` (0 for a device: /dev/zero would be read without end).
 * The file is opened non-blocking, so a FIFO without a writer is refused instead of waited on,
 * and checked on the open descriptor (no window between the check and the read).
 */
export function readTextFile(file: string, maxBytes: number): string {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new PlancastError(file, [openProblem(e)]);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile())
      throw new PlancastError(file, [
        {
          code: 'not_a_file',
          path: [],
          message: `is ${st.isDirectory() ? 'a directory' : 'not a regular file (a device, FIFO or socket)'}; expected a JSON file`,
        },
      ]);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes)
        throw new PlancastError(file, [
          {
            code: 'too_large',
            path: [],
            message: `file is larger than ${maxBytes} bytes; allowed at most ${maxBytes}`,
          },
        ]);
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** The problem of a file that cannot be opened, in words rather than an errno. */
function openProblem(e: unknown): Problem {
  const code = (e as NodeJS.ErrnoException).code;
  const message =
    code === 'ENOENT' || code === 'ENOTDIR'
      ? 'no such file'
      : code === 'ELOOP'
        ? 'symbolic link loop (a link that points back to itself)'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'ENAMETOOLONG'
            ? 'file name too long'
            : `cannot be opened (${code ?? (e as Error).message})`;
  return { code: code === 'ENOENT' || code === 'ENOTDIR' ? 'not_found' : 'unreadable', path: [], message };
}
