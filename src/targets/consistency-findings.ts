import { SECTOR_DESCRIBED } from '../core/sector-names.ts';
import { SECTORS, type PerSector } from '../core/sectors.ts';
import { formatNumber } from '../i18n/format.ts';
import type { LocalizedText } from '../schema/common.ts';
import { isMet } from './compare.ts';
import type { ConsistencyReport } from './consistency.ts';

/** One plain-language finding of the consistency report. */
export interface Finding {
  id: 'total-vs-sectors' | 'structure' | 'product-taxes' | 'per-capita' | 'implied-base' | 'missing';
  severity: 'ok' | 'warning' | 'inconsistent';
  text: LocalizedText;
}

/** Relative price drift (%/yr) below which structure and growth count as consistent. */
export const DRIFT_OK = 0.5;

/**
 * Writes the findings of a consistency report in plain Vietnamese and English, numbers after
 * the words: whether the sector bands deliver the total band, which relative price moves the
 * structure needs, the product-tax pair, the per-capita target's implied inflation, the base.
 */
export function consistencyFindings(r: Omit<ConsistencyReport, 'findings'>): Finding[] {
  const out: Finding[] = [];
  const vi = (x: number, d = 2) => formatNumber(x, 'vi', d);
  const en = (x: number, d = 2) => formatNumber(x, 'en', d);
  const split = (v: PerSector<number>, f: (x: number, d?: number) => string) =>
    SECTORS.map((s) => f(v[s], 1)).join('/');
  const c = r.totalVsSectors;
  const tb = r.totalBand;
  if (c && tb) {
    const short = c.low < tb.low;
    const pos = c.positionForTotalLow;
    const where = (f: typeof vi, words: { at: string; none: string }) =>
      pos === null ? words.none : `${words.at} ${f(pos * 100, 0)} %`;
    out.push({
      id: 'total-vs-sectors',
      severity: short ? (c.high < tb.low ? 'inconsistent' : 'warning') : 'ok',
      text: short
        ? {
            vi: `Các ngành ở cận dưới khoảng tăng trưởng không đạt cận dưới của GRDP: cùng ở mức thấp nhất chỉ cho ${vi(c.low)} %/năm (< ${vi(tb.low)}). Muốn đạt ${vi(tb.low)} %/năm, mọi ngành phải ở ${where(vi, { at: 'ít nhất', none: 'trên mức cao nhất' })} của khoảng. Số liệu: thấp/giữa/cao ${vi(c.low)}/${vi(c.mid)}/${vi(c.high)} %/năm.`,
            en: `The sector lower bounds do not deliver the total lower bound: all sectors at their minimum give ${en(c.low)} %/yr (< ${en(tb.low)}). Reaching ${en(tb.low)} %/yr needs every sector ${where(en, { at: 'at least', none: 'above the top' })} of the way up its band. Numbers: low/mid/high ${en(c.low)}/${en(c.mid)}/${en(c.high)} %/yr.`,
          }
        : {
            vi: `Các ngành ở cận dưới vẫn đạt cận dưới tăng trưởng GRDP (${vi(c.low)} ≥ ${vi(tb.low)} %/năm). Số liệu: thấp/giữa/cao ${vi(c.low)}/${vi(c.mid)}/${vi(c.high)} %/năm.`,
            en: `The sector lower bounds deliver the total lower bound (${en(c.low)} ≥ ${en(tb.low)} %/yr). Numbers: low/mid/high ${en(c.low)}/${en(c.mid)}/${en(c.high)} %/yr.`,
          },
    });
  }
  const d = r.reconcilingDrift;
  const eq = r.structureEqualPrices;
  if (d && eq && r.structureTarget) {
    // The severity is the scorer's verdict on the share targets (the scorecard judges them the same way);
    // the drift only says which relative prices would have to move.
    const missed = r.verdicts.some((v) => /^share\.(I|II|III)$/.test(v.series) && !isMet(v.status));
    const moves = missed ? (['I', 'II', 'III'] as const).filter((s) => Math.abs(d[s]) > DRIFT_OK) : [];
    const list = (lang: 'vi' | 'en') =>
      moves
        .map((s) => {
          const f = lang === 'vi' ? vi : en;
          const dir =
            d[s] > 0 ? (lang === 'vi' ? 'nhanh hơn' : 'faster') : lang === 'vi' ? 'chậm hơn' : 'slower';
          return lang === 'vi'
            ? `giá ${SECTOR_DESCRIBED[s].vi} tăng ${dir} ${f(Math.abs(d[s]))} %/năm`
            : `${SECTOR_DESCRIBED[s].en} prices rise ${f(Math.abs(d[s]))} %/yr ${dir}`;
        })
        .join('; ');
    const numbers = {
      vi: `Cơ cấu năm ${r.lastYear} ở giá tương đối không đổi: ${split(eq.shares, vi)} % (mục tiêu ${split(r.structureTarget, vi)}); độ lệch giá cần thiết I/II/III/thuế: ${split(d, vi)} %/năm so với chỉ số giá GRDP.`,
      en: `${r.lastYear} structure at equal deflators: ${split(eq.shares, en)} % (target ${split(r.structureTarget, en)}); price drift needed I/II/III/T: ${split(d, en)} %/yr vs the GRDP deflator.`,
    };
    out.push({
      id: 'structure',
      severity: moves.length > 0 ? 'warning' : 'ok',
      text:
        moves.length > 0
          ? {
              vi: `Khoảng tăng trưởng và cơ cấu ${r.lastYear} chỉ cùng đạt được nếu giá tương đối thay đổi: ${list('vi')} so với chỉ số giá GRDP. Kế hoạch không nêu giả định này. ${numbers.vi}`,
              en: `The growth bands and the ${r.lastYear} structure can hold together only if relative prices move: ${list('en')} than the GRDP deflator. The plan never states this assumption. ${numbers.en}`,
            }
          : {
              vi: `Khoảng tăng trưởng và cơ cấu ${r.lastYear} của các khu vực I-III nhất quán ở giá tương đối gần như không đổi. ${numbers.vi}`,
              en: `Sectors I-III are consistent with the ${r.lastYear} structure at nearly constant relative prices. ${numbers.en}`,
            },
    });
  }
  const t = r.productTaxes;
  if (t) {
    const verdict = r.verdicts.find((v) => v.series === 'share.T');
    const bad = verdict ? !isMet(verdict.status) : Math.abs(t.drift) > DRIFT_OK;
    const dir = (lang: 'vi' | 'en') =>
      t.drift < 0 ? (lang === 'vi' ? 'giảm' : 'fall') : lang === 'vi' ? 'tăng' : 'rise';
    out.push({
      id: 'product-taxes',
      severity: bad ? 'inconsistent' : 'ok',
      text: bad
        ? {
            vi: `Thuế sản phẩm tăng ${vi(t.growth, 1)} %/năm so với ${vi(t.grdpGrowth)} % của GRDP nên tỷ trọng lên ${vi(t.shareEqualPrices)} %, không phải ${vi(t.target)} %. Hai chỉ tiêu chỉ cùng đạt nếu giá thuế sản phẩm ${dir('vi')} ${vi(Math.abs(t.drift))} %/năm so với chỉ số giá GRDP, hoặc tỷ trọng năm ${r.baseYear} chỉ là ${vi(t.impliedBaseShare)} % (số liệu gói: ${vi(t.baseShare)} %).`,
            en: `Product taxes growing ${en(t.growth, 1)} %/yr against ${en(t.grdpGrowth)} % for GRDP take their share to ${en(t.shareEqualPrices)} %, not ${en(t.target)} %. Both can hold only if the product-tax deflator ${dir('en')}s ${en(Math.abs(t.drift))} %/yr relative to the GRDP deflator, or if the ${r.baseYear} share was ${en(t.impliedBaseShare)} % (pack: ${en(t.baseShare)} %).`,
          }
        : {
            vi: `Tăng trưởng và tỷ trọng thuế sản phẩm nhất quán (tỷ trọng ${vi(t.shareEqualPrices)} % so với mục tiêu ${vi(t.target)} %).`,
            en: `Product taxes' growth and share are consistent (share ${en(t.shareEqualPrices)} % vs target ${en(t.target)} %).`,
          },
    });
  }
  const pc = r.perCapita;
  if (pc) {
    const high = pc.deflator.mid > pc.packDeflator + DRIFT_OK;
    out.push({
      id: 'per-capita',
      severity: high ? 'warning' : 'ok',
      text: {
        vi: `Đạt ${vi(pc.target, 1)} triệu đồng/người năm ${pc.year} (từ ${vi(pc.base, 1)}) cần GRDP danh nghĩa tăng ${vi(pc.nominalGrowth)} %/năm, tức chỉ số giá GRDP khoảng ${vi(pc.deflator.low)}-${vi(pc.deflator.high)} %/năm với tăng trưởng thực theo các khoảng ngành; gói mô hình giả định ${vi(pc.packDeflator)} %/năm.${high ? ' Chỉ tiêu bình quân đầu người thực chất là một giả định về lạm phát.' : ''}`,
        en: `Reaching ${en(pc.target, 1)} mn VND per person in ${pc.year} (from ${en(pc.base, 1)}) needs nominal GRDP growth of ${en(pc.nominalGrowth)} %/yr, i.e. a GRDP deflator of about ${en(pc.deflator.low)}-${en(pc.deflator.high)} %/yr at the sectors' real growth; the pack assumes ${en(pc.packDeflator)} %/yr.${high ? ' The per-capita target is really an inflation assumption.' : ''}`,
      },
    });
  }
  if (r.impliedBase)
    out.push({
      id: 'implied-base',
      severity: 'ok',
      text: {
        vi: `Cơ cấu năm ${r.baseYear} làm cho mục tiêu cơ cấu và tăng trưởng giữa khoảng nhất quán ở giá tương đối không đổi: ${split(r.impliedBase.mid, vi)} % (gói mô hình: ${split(r.base.shares, vi)} %).`,
        en: `The ${r.baseYear} structure that makes the structure target and mid growth consistent at constant relative prices: ${split(r.impliedBase.mid, en)} % (pack: ${split(r.base.shares, en)} %).`,
      },
    });
  if (!c || !d)
    out.push({
      id: 'missing',
      severity: 'warning',
      text: {
        vi: 'Gói mô hình thiếu khoảng tăng trưởng ngành, tăng trưởng GRDP hoặc mục tiêu cơ cấu nên một số kiểm tra bị bỏ qua.',
        en: 'The pack lacks sector growth bands, a GRDP growth band or structure targets, so some checks were skipped.',
      },
    });
  return out;
}
