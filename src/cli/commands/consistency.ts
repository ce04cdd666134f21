import type { Command } from 'commander';
import { formatNumber } from '../../i18n/format.ts';
import { DEFAULT_MODEL_ID } from '../../io/paths.ts';
import type { Lang } from '../../schema/common.ts';
import type { ConsistencyReport } from '../../targets/consistency.ts';
import { parseLang, type CliContext } from '../context.ts';

const MARK = { ok: '✔', warning: '!', inconsistent: '✘' } as const;

/** `plancast consistency`: can the resolution's targets hold together, and under what prices (docs/model.md §7). */
export function registerConsistency(program: Command, ctx: CliContext): void {
  program
    .command('consistency')
    .description(
      "check whether the resolution's growth bands, structure and per-capita targets can hold together",
    )
    .option('--model <id>', 'model pack id or directory', DEFAULT_MODEL_ID)
    .option('--lang <lang>', 'vi or en', 'en')
    .option('--json', 'print the report as JSON')
    .action(async (opts: { model: string; lang?: string; json?: boolean }) => {
      const lang = parseLang(opts.lang);
      const [{ loadModelPack }, { consistency }] = await Promise.all([
        import('../../io/load-model-pack.ts'),
        import('../../targets/consistency.ts'),
      ]);
      const report = consistency(loadModelPack(opts.model));
      ctx.out(opts.json ? JSON.stringify(report, null, 2) + '\n' : renderConsistency(report, lang));
    });
}

/** The report as text: findings first, then the numbers of each check. */
export function renderConsistency(r: ConsistencyReport, lang: Lang): string {
  const n = (x: number, d = 2) => formatNumber(x, lang, d);
  const split = (v: Record<'I' | 'II' | 'III' | 'T', number> | null) =>
    v ? ['I', 'II', 'III', 'T'].map((s) => n(v[s as 'I'], 2)).join(' / ') : '–';
  const vi = lang === 'vi';
  const lines = [
    vi
      ? `Tính nhất quán của các chỉ tiêu (${r.baseYear}-${r.lastYear})`
      : `Consistency of the targets (${r.baseYear}-${r.lastYear})`,
    '',
  ];
  for (const f of r.findings) lines.push(`${MARK[f.severity]} ${f.text[lang]}`, '');
  lines.push(vi ? 'Số liệu (I / II / III / thuế)' : 'Numbers (I / II / III / T)');
  lines.push(`  ${vi ? `Cơ cấu ${r.baseYear}` : `${r.baseYear} structure`}: ${split(r.base.shares)} %`);
  if (r.totalVsSectors)
    lines.push(
      `  ${vi ? 'Tăng trưởng GRDP ở mức thấp/giữa/cao của ngành' : 'GRDP growth at sector low/mid/high'}: ${n(r.totalVsSectors.low)} / ${n(r.totalVsSectors.mid)} / ${n(r.totalVsSectors.high)} %/yr`,
    );
  if (r.structureEqualPrices)
    lines.push(
      `  ${vi ? `Cơ cấu ${r.lastYear}, giá tương đối không đổi` : `${r.lastYear} structure, equal deflators`}: ${split(r.structureEqualPrices.shares)} % (${vi ? 'mục tiêu' : 'target'} ${split(r.structureTarget)})`,
    );
  if (r.reconcilingDrift)
    lines.push(
      `  ${vi ? 'Độ lệch giá cần thiết so với chỉ số giá GRDP' : 'Price drift needed vs the GRDP deflator'}: ${split(r.reconcilingDrift)} %/yr`,
    );
  if (r.impliedBase)
    lines.push(
      `  ${vi ? `Cơ cấu ${r.baseYear} hàm ý (giữa)` : `Implied ${r.baseYear} structure (mid)`}: ${split(r.impliedBase.mid)} %`,
    );
  if (r.perCapita)
    lines.push(
      `  ${vi ? 'Bình quân đầu người: tăng danh nghĩa cần / chỉ số giá GRDP hàm ý' : 'Per capita: nominal growth needed / implied GRDP deflator'}: ${n(r.perCapita.nominalGrowth)} / ${n(r.perCapita.deflator.low)}-${n(r.perCapita.deflator.high)} %/yr`,
    );
  return lines.join('\n') + '\n';
}
