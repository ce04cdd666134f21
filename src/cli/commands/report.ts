import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { PlancastError } from '../../core/problems.ts';
import { parseLang, type CliContext } from '../context.ts';

/** The output format from the file name: `.pdf` or `.html`/`.htm`, anything else refused (exit 2). */
function formatOf(out: string): 'pdf' | 'html' {
  const ext = path.extname(out).toLowerCase();
  if (ext === '.pdf') return 'pdf';
  if (ext === '.html' || ext === '.htm') return 'html';
  throw new PlancastError('--out', [
    {
      code: 'unknown_format',
      path: [],
      value: out,
      allowed: 'a file name ending in .pdf, .html or .htm',
      message: `"${out}" is neither a .pdf nor an .html file`,
    },
  ]);
}

/** `plancast report [scenario…] --out report.pdf|report.html`: the printable report of one to four scenarios. */
export function registerReport(program: Command, ctx: CliContext): void {
  program
    .command('report')
    .description(
      'write the printable report (verdict, charts, scorecard, assumptions) as one HTML file or an A4 PDF',
    )
    .argument('[scenarios...]', 'one to four scenario files or shipped names (default: plan-midpoint)')
    .requiredOption(
      '--out <file>',
      'report.html (one self-contained file) or report.pdf (printed by Chromium)',
    )
    .option('--pack <id>', 'model pack id or directory (default: the one the scenarios name)')
    .option('--as-of <year>', 'use the pack actuals up to this year (default: the latest published year)')
    .option('--lang <lang>', 'vi or en', 'en')
    .action(async (refs: string[], opts: { out: string; pack?: string; asOf?: string; lang?: string }) => {
      const lang = parseLang(opts.lang);
      const format = formatOf(opts.out);
      // Loaded here, not at start-up: the other commands never pay for them (playwright-core only for a PDF).
      const [{ DEFAULT_SCENARIO }, { loadComparedRuns }, { buildReportHtml }, { consistency }] =
        await Promise.all([
          import('../load-run.ts'),
          import('../load-compare.ts'),
          import('../../report/report-document.ts'),
          import('../../targets/consistency.ts'),
        ]);
      const { pack, runs } = loadComparedRuns(refs.length > 0 ? refs : [DEFAULT_SCENARIO], opts, 'report');
      const html = await buildReportHtml({
        pack,
        runs,
        lang,
        date: new Date().toISOString().slice(0, 10),
        findings: consistency(pack).findings,
      });
      if (format === 'html') writeFileSync(opts.out, html);
      else {
        const { printPdf } = await import('../../io/print-pdf.ts');
        writeFileSync(opts.out, await printPdf(html));
      }
      ctx.err(`${opts.out}\n`);
    });
}
