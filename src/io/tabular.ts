import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { PlancastError } from '../core/problems.ts';
import { readTextFile } from './read-json.ts';

/** A sheet as rows of cells (strings, numbers or empty), the first row the header. */
export type Cell = string | number | null;
export type Sheet = Cell[][];

const MAX_SHEET_BYTES = 8 * 1024 * 1024;

/** Column letter of a 0-based column index (A, B, …, Z, AA). */
export function columnLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** RFC 4180 CSV: fields quoted when they hold a comma, a quote or a line break; CRLF line ends. */
export function toCsv(sheet: Sheet): string {
  const field = (c: Cell) => {
    const s = c === null ? '' : String(c);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return sheet.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/** Parses RFC 4180 CSV (quoted fields, "" escapes, CRLF or LF, a BOM ignored); every cell a string. */
export function parseCsv(text: string, origin: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      line++;
    } else field += ch;
  }
  if (quoted)
    throw new PlancastError(origin, [
      { code: 'invalid_csv', path: [`row ${line}`], message: `row ${line}: a quoted field is not closed` },
    ]);
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function writeCsv(file: string, sheet: Sheet): void {
  writeFileSync(file, toCsv(sheet));
}

export function readCsv(file: string): string[][] {
  return parseCsv(readTextFile(file, MAX_SHEET_BYTES), file);
}

/** Writes one sheet to an .xlsx workbook (exceljs, loaded only here). Header row bold. */
export async function writeXlsx(file: string, sheet: Sheet, sheetName: string): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  for (const row of sheet) ws.addRow(row.map((c) => (c === null ? undefined : c)));
  ws.getRow(1).font = { bold: true };
  ws.columns.forEach((c, i) => (c.width = i < 2 ? 28 : 14));
  await wb.xlsx.writeFile(file);
}

/** Reads the first sheet of an .xlsx workbook: numbers stay numbers, formulas give their result. */
export async function readXlsx(file: string): Promise<Sheet> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const bytes = readBinaryFile(file);
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new PlancastError(file, [
      { code: 'invalid_xlsx', path: [], message: `not a readable .xlsx workbook (${(e as Error).message})` },
    ]);
  }
  const ws = wb.worksheets[0];
  if (!ws)
    throw new PlancastError(file, [{ code: 'invalid_xlsx', path: [], message: 'the workbook has no sheet' }]);
  const out: Sheet = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      cells[c - 1] = cellValue(cell.value);
    });
    out[r - 1] = cells;
  });
  for (let i = 0; i < out.length; i++) out[i] ??= [];
  return out.map((r) => Array.from(r, (c) => c ?? null));
}

function cellValue(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    const o = v as { result?: unknown; richText?: { text: string }[]; text?: unknown };
    if ('result' in o) return cellValue(o.result);
    if (Array.isArray(o.richText)) return o.richText.map((t) => t.text).join('');
    if (typeof o.text === 'string') return o.text;
  }
  return String(v);
}

/** A regular file of at most 8 MiB, read whole; refused with a problem naming the file otherwise. */
function readBinaryFile(file: string): Buffer {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile())
      throw new PlancastError(file, [{ code: 'not_a_file', path: [], message: 'is not a regular file' }]);
    size = st.size;
  } catch (e) {
    if (e instanceof PlancastError) throw e;
    throw new PlancastError(file, [{ code: 'not_found', path: [], message: 'no such file' }]);
  }
  if (size > MAX_SHEET_BYTES)
    throw new PlancastError(file, [
      {
        code: 'too_large',
        path: [],
        message: `file is larger than ${MAX_SHEET_BYTES} bytes; allowed at most ${MAX_SHEET_BYTES}`,
      },
    ]);
  return readFileSync(file);
}
