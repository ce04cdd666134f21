import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/i18n/messages.ts';
import { PROBLEM_TITLES } from '../../src/i18n/problem-titles.ts';

const SRC = path.resolve(import.meta.dirname, '../../src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });

describe('the message catalogue', () => {
  it('has every label in Vietnamese and English, none empty', () => {
    for (const [key, m] of Object.entries(MESSAGES)) {
      expect(m.vi.trim(), key).not.toBe('');
      expect(m.en.trim(), key).not.toBe('');
    }
  });

  it('has a title in both languages for every problem code emitted in src/', () => {
    const codes = new Set(
      files(SRC).flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/code: '([a-z_]+)'/g)].map((m) => m[1]!),
      ),
    );
    expect(codes.size).toBeGreaterThan(5);
    for (const code of codes) {
      expect(PROBLEM_TITLES[code]?.vi, `vi title for ${code}`).toBeTruthy();
      expect(PROBLEM_TITLES[code]?.en, `en title for ${code}`).toBeTruthy();
    }
  });
});
