import type { Command } from 'commander';
import { formatNumber, unitLabel } from '../../i18n/format.ts';
import { t } from '../../i18n/messages.ts';
import type { Lang } from '../../schema/common.ts';
import type { SensitivityResult } from '../../uncertainty/sensitivity.ts';
import { parseLang, type CliContext } from '../context.ts';
import { renderTable } from '../table.ts';

const L = {
  head: {
    vi: 'Độ nhạy (tornado): mỗi giả định thay đổi một bước, các giả định khác giữ nguyên',
    en: 'Sensitivity (tornado): each assumption moved by one step, the others held',
  },
  assumption: { vi: 'Giả định', en: 'Assumption' },
  base: { vi: 'Cơ sở', en: 'Base' },
  low: { vi: 'Giảm', en: 'Lowered' },
  high: { vi: 'Tăng', en: 'Raised' },
  flip: { vi: 'Đổi trạng thái', en: 'Status flips' },
  top: { vi: 'Giả định tác động mạnh nhất', en: 'Strongest assumption' },
} satisfies Record<string, Record<Lang, string>>;

/** `plancast sensitivity [scenario]`: which assumption moves which target most (docs/model.md §10). */
export function registerSensitivity(program: Command, ctx: CliContext): void {
  program
    .command('sensitivity')
    .description('tornado: move each assumption by its step and show how every modelled target moves')
    .argument('[scenario]', 'scenario file, or the name of a shipped scenario', 'plan-midpoint')
    .option('--model <id>', 'model pack id or directory (default: the one the scenario names)')
    .option('--as-of <year>', 'use the pack actuals up to this year; steps apply after it')
    .option('--lang <lang>', 'vi or en', 'en')
    .option(
      '--json',
      'print { steps, rows: [{ assumption, target, low, high, base, deltaLow, deltaHigh, flips }], top } as JSON',
    )
    .action(
      async (scenario: string, opts: { model?: string; asOf?: string; lang?: string; json?: boolean }) => {
        const lang = parseLang(opts.lang);
        const [{ loadRun }, { sensitivity }] = await Promise.all([
          import('../load-run.ts'),
          import('../../uncertainty/sensitivity.ts'),
        ]);
        const { pack, input } = loadRun(scenario, opts);
        const result = sensitivity(pack, input);
        if (opts.json) ctx.out(JSON.stringify(result, null, 2) + '\n');
        else
          ctx.out(
            renderSensitivity(result, `${pack.model.name[lang]} — ${input.name?.[lang] ?? scenario}`, lang),
          );
      },
    );
}

/** One block per target: its assumptions, largest effect first, with the moved values and any status flip. */
export function renderSensitivity(r: SensitivityResult, title: string, lang: Lang): string {
  const blocks: string[] = [`${title}\n${L.head[lang]}\n`];
  for (const target of new Set(r.rows.map((x) => x.target))) {
    const rows = r.rows.filter((x) => x.target === target);
    const first = rows[0]!;
    const digits = Math.abs(first.base) >= 100 ? 0 : 2;
    const f = (v: number) => formatNumber(v, lang, digits);
    const d = (v: number) => (v > 0 ? '+' : '') + formatNumber(v, lang, digits);
    blocks.push(
      `${first.targetName[lang]} (${unitLabel(first.unit, lang)}) — ${L.base[lang]} ${f(first.base)}, ${t(`status.${first.status.base}`, lang)}\n` +
        renderTable(
          [L.assumption[lang], L.low[lang], L.high[lang], L.flip[lang]],
          rows.map((x) => [
            x.assumptionLabel[lang],
            `${f(x.low)} (${d(x.deltaLow)})`,
            `${f(x.high)} (${d(x.deltaHigh)})`,
            x.flips ? `${t(`status.${x.status.low}`, lang)} / ${t(`status.${x.status.high}`, lang)}` : '',
          ]),
          ['l', 'r', 'r', 'l'],
        ),
    );
  }
  return blocks.join('\n');
}
