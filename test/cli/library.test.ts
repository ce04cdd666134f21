import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'plancast-cli-lib-'));
const env = { PLANCAST_DATA: path.join(dir, 'data', 'lib.db') };
const cli = (...args: string[]) => runCli(args, { env });
const NAME = 'Phương án giữa 中期';
const lowII = path.join(dir, 'low.json');
writeFileSync(
  lowII,
  JSON.stringify({
    model: 'ben-tre-2021-2025',
    assumptions: { growth: { I: 4.35, II: 10, III: 7.8, T: 14.2 } },
  }),
);

// One library through the whole file, in order: save, list, show, diff, export, import.
describe('plancast scenarios (spawned, PLANCAST_DATA in a temp dir)', () => {
  it('saves a shipped scenario, then a file, as versions 1 and 2 of a Vietnamese/CJK name', () => {
    const a = cli(
      'scenarios',
      'save',
      'plan-midpoint',
      '--name',
      NAME,
      '--note',
      'điểm giữa',
      '--author',
      'Lan',
    );
    expect(a).toMatchObject({ code: 0, stdout: `Saved "${NAME}" version 1\n` });
    const b = cli('scenarios', 'save', lowII, '--name', NAME, '--lang', 'vi');
    expect(b).toMatchObject({ code: 0, stdout: `Đã lưu "${NAME}" phiên bản 2\n` });
  });

  it('lists it (table and --json)', () => {
    const t = cli('scenarios', 'list');
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(new RegExp(`${NAME}\\s+ben-tre-2021-2025\\s+2\\s`));
    const j = JSON.parse(cli('scenarios', 'list', '--json').stdout);
    expect(j.scenarios).toMatchObject([{ name: NAME, pack: 'ben-tre-2021-2025', versions: 2 }]);
  });

  it('shows a version with its note and author (--json)', () => {
    const j = JSON.parse(cli('scenarios', 'show', NAME, '--version', '1', '--json').stdout);
    expect(j).toMatchObject({ version: 1, note: 'điểm giữa', author: 'Lan' });
    expect(j.scenario.assumptions.growth.II).toBe(16);
  });

  it('diffs previous vs latest: growth.II 16 → 10 and growth-sector-ii met → missed', () => {
    const j = JSON.parse(cli('scenarios', 'diff', NAME, '--json').stdout);
    expect(j).toMatchObject({ from: 1, to: 2 });
    // plan-midpoint also carries name and description; those are not assumptions.
    expect(j.assumptions).toEqual([
      expect.objectContaining({ path: 'assumptions.growth.II', from: 16, to: 10 }),
    ]);
    expect(j.statuses).toContainEqual(
      expect.objectContaining({ id: 'growth-sector-ii', from: 'met', to: 'missed' }),
    );
    const vi = cli('scenarios', 'diff', NAME, '--from', '1', '--to', '2', '--lang', 'vi');
    expect(vi.stdout).toMatch(/tăng trưởng thực, khu vực II\s+assumptions\.growth\.II\s+16,00\s+10,00/);
    expect(vi.stdout).toContain('Chỉ tiêu đổi đánh giá');
  });

  it('exports both versions and imports them back under another name; the same name is refused', () => {
    const file = path.join(dir, 'export.json');
    expect(cli('scenarios', 'export', NAME, file).code).toBe(0);
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    expect(doc.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    const taken = cli('scenarios', 'import', file);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain('already has a scenario');
    writeFileSync(file, JSON.stringify({ ...doc, name: 'bản sao' }));
    expect(cli('scenarios', 'import', file)).toMatchObject({
      code: 0,
      stdout: 'Imported "bản sao" (2 versions)\n',
    });
    expect(
      JSON.parse(cli('scenarios', 'show', 'bản sao', '--json').stdout).scenario.assumptions.growth.II,
    ).toBe(10);
  });

  it('compare takes saved versions as lib:<name>@<N> beside a shipped scenario', () => {
    const r = cli('compare', `lib:${NAME}@1`, `lib:${NAME}@2`, 'plan-high', '--as-of', '2020', '--json');
    expect(r.code, r.stderr).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c.scenarios.map((s: { label: string }) => s.label)).toEqual([
      `${NAME} v1`,
      `${NAME} v2`,
      'plan-high',
    ]);
    // Version 2 lowered sector II growth to 10 %/yr: its band target is missed there only.
    const ii = c.targets.find((t: { id: string }) => t.id === 'growth-sector-ii');
    expect(ii.cells.map((x: { status: string }) => x.status)).toEqual(['met', 'missed', 'met']);
    const missing = runCli(['compare', 'lib:x', 'plan-high'], {
      env: { PLANCAST_DATA: path.join(dir, 'none') },
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('there is no scenario library at');
  });

  it('refuses bad input with exit 2 naming the field, the value and what is allowed', () => {
    const long = cli('scenarios', 'save', lowII, '--name', 'x'.repeat(81));
    expect(long.code).toBe(2);
    expect(long.stderr).toContain('name is "xxx');
    expect(long.stderr).toContain('allowed: 1 to 80 characters');
    const note = cli('scenarios', 'save', lowII, '--name', 'n', '--note', 'y'.repeat(2001));
    expect(note.code).toBe(2);
    expect(note.stderr).toContain('note is');
    expect(note.stderr).toContain('2000');
    const nopePack = path.join(dir, 'nope.json');
    writeFileSync(nopePack, JSON.stringify({ model: 'nope' }));
    const pack = cli('scenarios', 'save', nopePack, '--name', 'n');
    expect(pack.code).toBe(2);
    expect(pack.stderr).toContain('nope');
    const version = cli('scenarios', 'show', NAME, '--version', '9');
    expect(version.code).toBe(2);
    expect(version.stderr).toContain('has no version 9; it has versions 1 to 2');
    const flag = cli('scenarios', 'show', NAME, '--version', 'two');
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('--version');
    const unknown = cli('scenarios', 'diff', 'không có');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no saved scenario "không có"');
  });
});

/** Runs one command of the compiled CLI in a process and says whether the native SQLite module was loaded. */
function loadsSqlite(args: string[]): boolean {
  const script = `
    import { createRequire } from 'node:module';
    const { main } = await import('./dist/cli/main.js');
    const ctx = { out: () => {}, err: (s) => process.stderr.write(s), isTTY: false, exitCode: 0 };
    const code = await main(['node', 'plancast', ...${JSON.stringify(args)}], ctx);
    if (code !== 0) process.exit(10 + code);
    const cache = createRequire(import.meta.url).cache;
    process.stdout.write(String(Object.keys(cache).some((k) => k.includes('better-sqlite3'))));
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: path.resolve(import.meta.dirname, '..', '..'),
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout === 'true';
}

describe('better-sqlite3 stays out of the CLI bundle and is loaded only by `plancast scenarios`', () => {
  it('`targets` does not load it; `scenarios list` does', () => {
    expect(loadsSqlite(['targets', '--json'])).toBe(false);
    expect(loadsSqlite(['scenarios', 'list', '--json'])).toBe(true);
  });
});
