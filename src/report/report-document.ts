import { COMPARE_CHARTS, compareChartSpec } from '../charts/compare.ts';
import { chartsFor } from '../charts/specs.ts';
import { basisText } from '../charts/provenance.ts';
import { t } from '../i18n/messages.ts';
import { PROVENANCE_KINDS } from '../model/provenance.ts';
import type { Projection } from '../model/projection.ts';
import type { Lang } from '../schema/common.ts';
import type { ModelPack } from '../schema/model-pack.ts';
import { asOfReport } from '../solve/as-of-report.ts';
import { withRequired } from '../solve/required.ts';
import type { Finding } from '../targets/consistency-findings.ts';
import type { Scorecard } from '../targets/scorecard.ts';
import { headlineCards, verdict, verdictInput } from '../targets/verdict.ts';
import { chartSvg } from './chart-svg.ts';
import { esc, table } from './html.ts';
import { reportAssumptions, type AssumptionRun } from './report-assumptions.ts';
import { REPORT_CSS } from './report-css.ts';
import { reportScorecard } from './report-scorecard.ts';

/** A scenario of the report: resolved, projected and scored by the usual pipeline. */
export interface ReportRun extends AssumptionRun {
  projection: Projection;
  scorecard: Scorecard;
}

export interface ReportInput {
  pack: ModelPack;
  runs: readonly ReportRun[];
  lang: Lang;
  /** The date printed on the cover (YYYY-MM-DD): given by the caller, the core reads no clock. */
  date: string;
  /** The pack's consistency findings (src/targets/consistency.ts). */
  findings: readonly Finding[];
}

const MARK = { ok: '✔', warning: '!', inconsistent: '✘' } as const;

const nameOf = (r: ReportRun, lang: Lang) => r.input.name?.[lang] ?? r.label;

function cover({ pack, runs, lang, date }: ReportInput): string {
  const items = runs.map(
    (r) => `<li>${esc(nameOf(r, lang))} <span class="note">(${esc(r.label)})</span></li>`,
  );
  return (
    `<section class="cover"><h1>${esc(t('reportTitle', lang))}</h1>` +
    `<div class="pack">${esc(pack.model.name[lang])}</div>` +
    `<div class="resolution">${esc(pack.model.resolution[lang])}</div>` +
    `<div>${esc(t('scenarios', lang))}:</div><ol>${items.join('')}</ol>` +
    `<div class="date">${esc(t('reportDate', lang))}: ${esc(date)}</div></section>`
  );
}

/** Per scenario: the generated verdict (src/targets/verdict.ts) and the headline cards as a table. */
function verdicts({ pack, runs, lang }: ReportInput): string {
  const parts = runs.map((r, k) => {
    const v = verdict(verdictInput(pack, r.projection, r.scorecard.counts), lang);
    const required = new Map(withRequired(pack, r.input, r.scorecard).map((x) => [x.id, x.required]));
    const progress =
      r.input.asOf !== null ? new Map(asOfReport(pack, r.projection).map((x) => [x.id, x.asOf])) : null;
    const cards = headlineCards(pack, r.scorecard.rows, lang, { required, progress });
    const rows = cards.map(
      (c) =>
        `<tr><td>${esc(c.title)}</td><td class="status-${esc(c.status)}">${esc(t(`status.${c.status}` as 'status.met', lang))}</td>` +
        `<td class="num">${esc(c.projected)}</td><td>${esc(c.goal)}</td><td>${esc(c.take || c.reason)}</td></tr>`,
    );
    const head = runs.length > 1 ? `[${k + 1}] ${nameOf(r, lang)}` : nameOf(r, lang);
    return (
      `<h3>${esc(head)}</h3><div class="verdict"><p><b>${esc(`${t('verdict', lang)} — ${v.title}`)}</b></p>` +
      v.sentences.map((s) => `<p>${esc(s)}</p>`).join('') +
      `</div>` +
      table(
        [t('target', lang), t('status', lang), t('projected', lang), t('goal', lang), t('take', lang)],
        rows,
      )
    );
  });
  return `<section><h2>${esc(t('verdict', lang))}</h2>${parts.join('')}</section>`;
}

async function charts({ pack, runs, lang }: ReportInput): Promise<string> {
  const chartRuns = runs.map((r, k) => ({
    label: runs.length > 1 ? `[${k + 1}] ${r.label}` : nameOf(r, lang),
    projection: r.projection,
  }));
  const svgs: string[] = [];
  // One after another: each view is finalized before the next is built (the machine's cores are shared).
  for (const def of chartsFor(pack, COMPARE_CHARTS))
    svgs.push(await chartSvg(compareChartSpec(def, pack, chartRuns, lang)));
  return `<section class="page"><h2>${esc(t('keyCharts', lang))}</h2>${svgs.map((s) => `<figure>${s}</figure>`).join('')}</section>`;
}

function findings({ findings: fs, lang }: ReportInput): string {
  if (fs.length === 0) return '';
  const items = fs.map((f) => `<li>${MARK[f.severity]} ${esc(f.text[lang])}</li>`);
  return `<section><h2>${esc(t('findings', lang))}</h2><ul class="findings">${items.join('')}</ul></section>`;
}

function methodAndLegend({ lang }: ReportInput): string {
  const kinds = PROVENANCE_KINDS.map((k) => esc(t(`provenance.${k}`, lang))).join(', ');
  const lines = (['published', 'projected', 'estimated'] as const)
    .map((b) => `<span><span class="legend-line ${b}"></span>${esc(basisText(b, lang))}</span>`)
    .join(' &nbsp; ');
  return (
    `<section><h2>${esc(t('methodNote', lang))}</h2><p>${esc(t('methodText', lang))}</p>` +
    `<h3>${esc(t('provenanceLegend', lang))}</h3><p>${kinds}.</p><p>${lines}</p>` +
    `<p class="note">${esc(t('estimateMark', lang))}<br>${esc(t('placeholderMark', lang))}</p></section>`
  );
}

/**
 * Builds the printable report as ONE self-contained HTML document: cover, verdict and headline
 * cards per scenario, the key charts (inline SVG, the scenarios overlaid), the scorecard grouped by
 * clause (a column per scenario), the consistency findings, the assumptions with their sources, a
 * method note and the provenance legend. Style inline; no script, no image file, no address.
 */
export async function buildReportHtml(input: ReportInput): Promise<string> {
  const { pack, runs, lang } = input;
  const body =
    cover(input) +
    verdicts(input) +
    (await charts(input)) +
    `<section class="page"><h2>${esc(t('scorecard', lang))}</h2>${reportScorecard(pack, runs, lang)}</section>` +
    findings(input) +
    `<section class="page"><h2>${esc(t('assumptionSources', lang))}</h2>${reportAssumptions(pack, runs, lang)}</section>` +
    methodAndLegend(input);
  return (
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">` +
    `<title>${esc(`${t('reportTitle', lang)} — ${pack.model.name[lang]}`)}</title>` +
    `<style>${REPORT_CSS}</style></head><body><main>${body}</main></body></html>\n`
  );
}
