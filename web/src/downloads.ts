import { projectionToCsv, scorecardToCsv } from '../../src/export/csv.ts';
import { workbookSheets } from '../../src/export/xlsx.ts';
import { provenanceOf } from '../../src/model/provenance.ts';
import type { App } from './app.ts';

/** Saves a blob under a file name through a temporary link (no server round trip). */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const stem = (app: App) =>
  `plancast-${app.state.preset}${Object.keys(app.state.overrides).length > 0 ? '-edited' : ''}`;

/** The scenario file: what `plancast run <file>` reads back. */
export function downloadScenario(app: App): void {
  const json = JSON.stringify(app.currentSpec(), null, 2) + '\n';
  saveBlob(new Blob([json], { type: 'application/json' }), `${stem(app)}.json`);
}

export function downloadSeriesCsv(app: App): void {
  const csv = projectionToCsv(app.run.projection, provenanceOf(app.pack, app.run.projection));
  saveBlob(new Blob([csv], { type: 'text/csv' }), `${stem(app)}-series.csv`);
}

export function downloadScorecardCsv(app: App): void {
  saveBlob(new Blob([scorecardToCsv(app.run.card.rows)], { type: 'text/csv' }), `${stem(app)}-scorecard.csv`);
}

/** The .xlsx workbook (sheets assumptions, series, scorecard); exceljs loads on first use. */
export async function downloadXlsx(app: App): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'plancast';
  const prov = provenanceOf(app.pack, app.run.projection);
  for (const sheet of workbookSheets(app.currentSpec(), app.run.projection, app.run.card.rows, prov)) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(sheet.header).font = { bold: true };
    for (const r of sheet.rows) ws.addRow(r);
    sheet.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  }
  const buf = await wb.xlsx.writeBuffer();
  saveBlob(
    new Blob([buf], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
    `${stem(app)}.xlsx`,
  );
}
