import type { Command } from 'commander';
import { formatNumber } from '../../i18n/format.ts';
import { t } from '../../i18n/messages.ts';
import { seriesLabel } from '../../model/series-label.ts';
import type { Lang } from '../../schema/common.ts';
import { DRAW_LIMITS, MAX_SEED, type SimulationResult } from '../../uncertainty/index.ts';
import { parseChoice, parseIntFlag, parseLang, type CliContext } from '../context.ts';
import { renderCalibration, renderJoint } from '../render-joint.ts';
import { renderTable } from '../table.ts';

/** Default seed: runs are reproducible unless a seed is asked for. */
export const DEFAULT_SEED = 42;

const L = {
  head: { vi: 'Mô phỏng Monte Carlo', en: 'Monte Carlo simulation' },
  draws: { vi: 'lần rút', en: 'draws' },
  seed: { vi: 'hạt giống', en: 'seed' },
  workers: { vi: 'luồng', en: 'workers' },
  target: { vi: 'Chỉ tiêu', en: 'Target' },
  clause: { vi: 'Khoản', en: 'Clause' },
  det: { vi: 'Kịch bản', en: 'Deterministic' },
  pmet: { vi: 'P(đạt)', en: 'P(met)' },
  ci: { vi: 'Khoảng 95 %', en: '95 % interval' },
  series: { vi: 'Chuỗi', en: 'Series' },
  fan: { vi: 'Trung vị (5 %–95 %) theo năm', en: 'Median (5 %–95 %) by year' },
  qerr: {
    vi: 'Phân vị đếm dần vào các ô nhỏ cố định, không lưu từng lần rút: mỗi phân vị lệch so với phân vị loại 7 chính xác không quá',
    en: 'Quantiles counted into fixed fine bins as the draws stream (no draw is stored): each is within',
  },
  qerrTail: {
    vi: '(sai số tương đối).',
    en: 'of the exact type-7 quantile (relative error).',
  },
  note: {
    vi: 'P(đạt): khoảng/“khoảng chừng” chỉ tính là đạt khi nằm trong khoảng; khoảng tin cậy Wilson 95 %.',
    en: 'P(met): a range or "about" target counts as met only inside its band; Wilson 95 % interval.',
  },
} satisfies Record<string, Record<Lang, string>>;

/** `plancast simulate [scenario]`: P(met) per target with Wilson intervals, yearly quantiles. */
export function registerSimulate(program: Command, ctx: CliContext): void {
  program
    .command('simulate')
    .description('Monte Carlo over the uncertain assumptions: P(met) per target and quantiles per year')
    .argument('[scenario]', 'scenario file, or the name of a shipped scenario', 'plan-midpoint')
    .option(
      '--draws <n>',
      `number of draws, ${DRAW_LIMITS.min} to ${DRAW_LIMITS.max}`,
      String(DRAW_LIMITS.default),
    )
    .option('--seed <n>', `random seed, 0 to ${MAX_SEED}`, String(DEFAULT_SEED))
    .option('--workers <n>', 'worker threads (default: all cores from 50,000 draws, else 1)')
    .option('--model <id>', 'model pack id or directory (default: the one the scenario names)')
    .option('--as-of <year>', 'use the pack actuals up to this year; draws only after it')
    .option(
      '--spreads <from>',
      'record (GRDP growth spread from the pack record, docs/model.md §9.2) or design (the §9 defaults); default: record where the history allows',
    )
    .option('--lang <lang>', 'vi or en', 'en')
    .option(
      '--json',
      'print the whole result as JSON (seed, draws, targets, series quantiles and their stated error, histograms)',
    )
    .action(
      async (
        scenario: string,
        opts: {
          draws?: string;
          seed?: string;
          workers?: string;
          model?: string;
          asOf?: string;
          lang?: string;
          json?: boolean;
          spreads?: string;
        },
      ) => {
        const lang = parseLang(opts.lang);
        const from = parseChoice('--spreads', opts.spreads, ['record', 'design'] as const);
        // The progress bar and the worker pool (worker_threads, esbuild) load only for this command.
        const [{ default: cliProgress }, { defaultWorkers, simulateParallel }, { loadRun }] =
          await Promise.all([
            import('cli-progress'),
            import('../../workers/mc-pool.ts'),
            import('../load-run.ts'),
          ]);
        const draws = parseIntFlag(
          '--draws',
          opts.draws,
          DRAW_LIMITS.min,
          DRAW_LIMITS.max,
          DRAW_LIMITS.default,
        );
        const seed = parseIntFlag('--seed', opts.seed, 0, MAX_SEED, DEFAULT_SEED);
        const workers = parseIntFlag('--workers', opts.workers, 1, 64, defaultWorkers(draws));
        const { pack, input } = loadRun(scenario, opts);
        const bar =
          ctx.isTTY && !opts.json
            ? new cliProgress.SingleBar(
                { stream: process.stderr, clearOnComplete: true, hideCursor: true },
                cliProgress.Presets.shades_classic,
              )
            : null;
        bar?.start(draws, 0);
        let result: SimulationResult;
        try {
          result = await simulateParallel(pack, input, {
            draws,
            seed,
            workers,
            spreadChoice: { from },
            onProgress: (done) => bar?.update(done),
          });
        } finally {
          bar?.stop();
        }
        if (opts.json) ctx.out(JSON.stringify(result, null, 2) + '\n');
        else
          ctx.out(
            renderSimulation(
              result,
              `${pack.model.name[lang]} — ${input.name?.[lang] ?? scenario}`,
              workers,
              lang,
            ),
          );
        // Formula targets (docs/model.md §5.6) are scored in the scorecard only: say which.
        const notSimulated = pack.targets.filter((tg) => tg.formula !== undefined && tg.modelled !== 'no');
        if (!opts.json && notSimulated.length > 0)
          ctx.out(
            `${lang === 'vi' ? 'Không mô phỏng (chỉ tiêu theo công thức, chỉ chấm trong bảng đánh giá)' : 'Not simulated (formula targets, scored in the scorecard only)'}: ${notSimulated.map((tg) => tg.clause).join(', ')}\n`,
          );
      },
    );
}

const pct = (x: number, lang: Lang) => `${formatNumber(x * 100, lang, 1)} %`;

/** The human-readable report: header, P(met) table, yearly median and 90 % band of each series. */
export function renderSimulation(r: SimulationResult, title: string, workers: number, lang: Lang): string {
  const head =
    `${title}\n${L.head[lang]}: ${formatNumber(r.draws, lang, 0)} ${L.draws[lang]}, ` +
    `${L.seed[lang]} ${r.seed}, ${L.workers[lang]}: ${workers}\n` +
    renderCalibration(r.calibration, lang) +
    r.spreadSources.notes.map((n) => `  · ${n}\n`).join('') +
    '\n';
  const targets = renderTable(
    [L.target[lang], L.clause[lang], L.det[lang], L.pmet[lang], L.ci[lang]],
    r.targets.map((x) => [
      x.name[lang],
      x.clause,
      t(`status.${x.deterministic.status}`, lang),
      // A target resting on a placeholder gets no probability, as it gets no verdict.
      x.assessable ? pct(x.pMet, lang) : t('status.cannot-assess', lang),
      x.assessable ? `${pct(x.interval.lo, lang)} – ${pct(x.interval.hi, lang)}` : '–',
    ]),
    ['l', 'l', 'l', 'r', 'r'],
  );
  const years = r.years.slice(1);
  const digits = (s: { scale: number; unit: string }) => (s.scale === 100 || s.unit === 'mn VND' ? 1 : 0);
  const fans = renderTable(
    [L.series[lang], ...years.map(String)],
    r.series.map((s) => [
      seriesLabel(s.key)?.[lang] ?? s.key,
      ...s.years.slice(1).map((y) => {
        const f = (v: number) => formatNumber(v * s.scale, lang, digits(s));
        return `${f(y.p50)} (${f(y.p05)}–${f(y.p95)})`;
      }),
    ]),
    ['l', ...years.map(() => 'r' as const)],
  );
  const bound = `${L.qerr[lang]} ±${formatNumber(r.quantileError.relative * 100, lang, 4)} % ${L.qerrTail[lang]}`;
  return `${head}${targets}${L.note[lang]}\n\n${renderJoint(r.joint, r.countMet, lang)}\n${L.fan[lang]}\n${fans}${bound}\n`;
}
