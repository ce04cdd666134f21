import type { LocalizedText } from '../schema/common.ts';
import type { PerSector, Sector } from './sectors.ts';

/**
 * The names of the four GRDP components, in every form the product prints, declared once: the
 * scorecard, solver, verdict, consistency report, charts and page all read them from here.
 */

/** The name in a sentence: "khu vực I", "thuế sản phẩm"; `all` for a move of every sector. */
export const SECTOR_WORDS: Record<Sector | 'all', LocalizedText> = {
  all: { vi: 'mọi khu vực', en: 'all sectors' },
  I: { vi: 'khu vực I', en: 'sector I' },
  II: { vi: 'khu vực II', en: 'sector II' },
  III: { vi: 'khu vực III', en: 'sector III' },
  T: { vi: 'thuế sản phẩm', en: 'product taxes' },
};

/** The name with what the sector holds, for findings read without a legend. */
export const SECTOR_DESCRIBED: PerSector<LocalizedText> = {
  I: { vi: 'khu vực I (nông, lâm, thủy sản)', en: 'sector I (agriculture)' },
  II: { vi: 'khu vực II (công nghiệp, xây dựng)', en: 'sector II (industry, construction)' },
  III: { vi: 'khu vực III (dịch vụ)', en: 'sector III (services)' },
  T: SECTOR_WORDS.T,
};

/** The title form of legends and selectors. */
export const SECTOR_TITLE: PerSector<LocalizedText> = {
  I: { vi: 'Nông, lâm, thủy sản (I)', en: 'Agriculture (I)' },
  II: { vi: 'Công nghiệp, xây dựng (II)', en: 'Industry, construction (II)' },
  III: { vi: 'Dịch vụ (III)', en: 'Services (III)' },
  T: { vi: 'Thuế sản phẩm', en: 'Product taxes' },
};

/** Short names for tight chart axes. */
export const SECTOR_AXIS: PerSector<LocalizedText> = {
  I: { vi: 'KV I (nông nghiệp)', en: 'I (agriculture)' },
  II: { vi: 'KV II (CN-XD)', en: 'II (industry)' },
  III: { vi: 'KV III (dịch vụ)', en: 'III (services)' },
  T: { vi: 'Thuế SP', en: 'Product taxes' },
};
