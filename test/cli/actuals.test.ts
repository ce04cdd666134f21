import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

const FORMULA_DIR = path.resolve(import.meta.dirname, '..', 'fixtures', 'formula-pack');
const BROKEN = path.resolve(import.meta.dirname, '..', 'fixtures', 'broken-packs');

/** A fresh copy of the fixture pack (imports write its actuals.json). */
function packCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'plancast-actuals-'));
  cpSync(FORMULA_DIR, dir, { recursive: true });
  return dir;
}

const original = JSON.parse(readFileSync(path.join(FORMULA_DIR, 'actuals.json'), 'utf8')) as Record<
  string,
  unknown
>;
/** What the import of the filled sheets below must give. */
const expected = {
  ...original,
  grdpGrowthPct: { ...(original.grdpGrowthPct as object), values: { '2021': 5.5, '2022': 6.25 } },
  revenueBn: {
    unit: 'bn VND',
    series: 'provincial',
    source: 'Provincial finance department, "2022 report"',
    confidence: 'medium',
    values: { '2021': 1200 },
  },
  'indicator.poverty': {
    unit: '%',
    series: 'provincial',
    source: 'MOLISA review',
    confidence: 'medium',
    values: { '2022': 2.5 },
  },
};
const FILL: Record<string, { source?: string; values: Record<string, number> }> = {
  grdpGrowthPct: { values: { '2021': 5.5, '2022': 6.25 } },
  revenueBn: { source: 'Provincial finance department, "2022 report"', values: { '2021': 1200 } },
  'indicator.poverty': { source: 'MOLISA review', values: { '2022': 2.5 } },
};

function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  const re = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
  for (let m = re.exec(line); m && m.index < line.length; m = re.exec(line))
    out.push(m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!);
  return out;
}
const csvField = (s: string) => (/[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Fills a template CSV the way a person would in a spreadsheet: source and values typed in. */
function fillCsv(text: string, edit?: (cells: string[]) => void): string {
  const lines = text.split('\r\n').filter((l) => l !== '');
  const header = parseCsvLine(lines[0]!);
  return (
    lines
      .map((line, i) => {
        if (i === 0) return line;
        const cells = parseCsvLine(line);
        const fill = FILL[cells[0]!];
        if (fill) {
          if (fill.source) cells[3] = fill.source;
          for (const [year, v] of Object.entries(fill.values)) cells[header.indexOf(year)] = String(v);
        }
        edit?.(cells);
        return cells.map(csvField).join(',');
      })
      .join('\r\n') + '\r\n'
  );
}

describe('plancast template actuals → fill → actuals import', () => {
  it('writes an empty CSV sheet with the series, units and plan years', () => {
    const dir = packCopy();
    const out = path.join(dir, 'sheet.csv');
    const r = runCli(['template', 'actuals', '--pack', dir, '--format', 'csv', '--out', out]);
    expect(r.code).toBe(0);
    const lines = readFileSync(out, 'utf8').split('\r\n');
    expect(lines[0]).toBe('series,name,unit,source,2021,2022');
    expect(lines).toContain('grdpGrowthPct,"GRDP growth, constant prices",%,,,');
    expect(lines).toContain('revenueBn,State budget revenue in the province,bn VND,,,');
    expect(lines).toContain('indicator.poverty,Poverty rate,%,,,');
  });

  it('round-trips a CSV file: actuals.json equals the expected merge, the old file kept as .bak', () => {
    const dir = packCopy();
    const sheet = path.join(dir, 'sheet.csv');
    expect(runCli(['template', 'actuals', '--pack', dir, '--out', sheet]).code).toBe(0);
    writeFileSync(sheet, fillCsv(readFileSync(sheet, 'utf8')));
    const before = readFileSync(path.join(dir, 'actuals.json'));
    const dry = runCli(['actuals', 'import', sheet, '--pack', dir, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('grdpGrowthPct 2021: 4 → 5.5');
    expect(dry.stdout).toContain('revenueBn 2021: (none) → 1200');
    expect(readFileSync(path.join(dir, 'actuals.json'))).toEqual(before);
    const r = runCli(['actuals', 'import', sheet, '--pack', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('3 values added, 1 changed');
    expect(JSON.parse(readFileSync(path.join(dir, 'actuals.json'), 'utf8'))).toEqual(expected);
    expect(readFileSync(path.join(dir, 'actuals.json.bak'))).toEqual(before);
  });

  it('round-trips an xlsx file', async () => {
    const dir = packCopy();
    const sheet = path.join(dir, 'sheet.xlsx');
    expect(runCli(['template', 'actuals', '--pack', dir, '--format', 'xlsx', '--out', sheet]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sheet);
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    expect(header).toEqual(['series', 'name', 'unit', 'source', '2021', '2022']);
    ws.eachRow((row, n) => {
      if (n === 1) return;
      const fill = FILL[String(row.getCell(1).value)];
      if (!fill) return;
      if (fill.source) row.getCell(4).value = fill.source;
      for (const [year, v] of Object.entries(fill.values)) row.getCell(header.indexOf(year) + 1).value = v;
    });
    await wb.xlsx.writeFile(sheet);
    const r = runCli(['actuals', 'import', sheet, '--pack', dir]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'actuals.json'), 'utf8'))).toEqual(expected);
  });

  it.each([
    [
      'a wrong unit',
      (c: string[]) => c[0] === 'revenueBn' && (c[2] = 'mn VND'),
      /row 8, column C \(unit\): unit "mn VND" for revenueBn; expected "bn VND"/,
    ],
    [
      'a value out of range',
      (c: string[]) => c[0] === 'grdpGrowthPct' && (c[5] = '70'),
      /row 2, column F \(2022\): grdpGrowthPct 70 is out of range; allowed from -50 to 50 %/,
    ],
    [
      'a value that is not a number',
      (c: string[]) => c[0] === 'exportsMnUsd' && (c[4] = '1.234,5'),
      /row 10, column E \(2021\): "1.234,5" is not a number/,
    ],
  ])('%s: exit 2, the row and column named, actuals.json byte-identical, no .bak', (_what, edit, message) => {
    const dir = packCopy();
    const sheet = path.join(dir, 'sheet.csv');
    expect(runCli(['template', 'actuals', '--pack', dir, '--out', sheet]).code).toBe(0);
    writeFileSync(
      sheet,
      fillCsv(readFileSync(sheet, 'utf8'), (c) => void edit(c)),
    );
    const before = readFileSync(path.join(dir, 'actuals.json'));
    const r = runCli(['actuals', 'import', sheet, '--pack', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(readFileSync(path.join(dir, 'actuals.json'))).toEqual(before);
    expect(existsSync(path.join(dir, 'actuals.json.bak'))).toBe(false);
  });

  it('a year outside the plan: exit 2, the column named, actuals.json byte-identical', () => {
    const dir = packCopy();
    const sheet = path.join(dir, 'sheet.csv');
    expect(runCli(['template', 'actuals', '--pack', dir, '--out', sheet]).code).toBe(0);
    const filled = fillCsv(readFileSync(sheet, 'utf8')).replace('source,2021,2022', 'source,2021,2023');
    writeFileSync(sheet, filled);
    const before = readFileSync(path.join(dir, 'actuals.json'));
    const r = runCli(['actuals', 'import', sheet, '--pack', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/row 1, column F \(2023\): "2023" is not a plan year; allowed 2021 to 2022/);
    expect(readFileSync(path.join(dir, 'actuals.json'))).toEqual(before);
  });
});

describe('plancast pack new / pack check', () => {
  it('pack new copies a skeleton with the new id; pack check finds no problem in it or in the shipped packs', () => {
    const dest = path.join(mkdtempSync(path.join(tmpdir(), 'plancast-pack-')), 'my-plan');
    const r = runCli(['pack', 'new', 'my-plan', '--from', FORMULA_DIR, '--dir', dest]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dest, 'model.json'), 'utf8')).id).toBe('my-plan');
    expect(runCli(['pack', 'new', 'my-plan', '--from', FORMULA_DIR, '--dir', dest]).code).toBe(2);
    for (const dir of [dest, 'models/ben-tre-2021-2025', 'models/vinh-long-2026-2030']) {
      const c = runCli(['pack', 'check', dir]);
      expect(c.stderr).toBe('');
      expect(c.code).toBe(0);
    }
  });

  it.each([
    ['no-source', /model\.json\.baseline\.populationThousand: the figure 100 has no source/],
    [
      'estimate-not-marked',
      /model\.json\.baseline\.investmentBn: the figure 50 is derived but has no "estimate"/,
    ],
    ['unknown-series', /targets\.json\.1\.series: target per-capita: series "perCapitaa" is not projected/],
    [
      'bad-formula',
      /targets\.json\.6\.formula: formula "investmentShare \* grdpNominal\.constructor" at column 30: property access/,
    ],
    ['schema', /targets\.json\.0\.comparator: .*"greaterThan"; allowed "atLeast"/],
  ])('%s: one problem, exit 2', (name, message) => {
    const r = runCli(['pack', 'check', path.join(BROKEN, name)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('\n1 problem\n');
  });

  it('a pack with many problems lists every one', () => {
    const r = runCli(['pack', 'check', path.join(BROKEN, 'many')]);
    expect(r.code).toBe(2);
    for (const m of [
      'populationThousand: the figure 100 has no source',
      'investmentBn: the figure 50 is derived',
      'actuals.json.grdpGrowthPct: the series is of low confidence',
      'series "perCapitaa"',
      'targets.json.6.formula',
      'targets.json.7.formula: formula "growth(grdpNominal, 2020" at column 25: syntax error',
    ])
      expect(r.stderr).toContain(m);
    expect(r.stderr).toContain('\n6 problems\n');
  });

  it('a command on a pack with a bad formula exits 2 naming the file, field, formula and column', () => {
    const r = runCli(['targets', '--model', path.join(BROKEN, 'bad-formula')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'targets.json.6.formula: formula "investmentShare * grdpNominal.constructor" at column 30',
    );
  });
});
