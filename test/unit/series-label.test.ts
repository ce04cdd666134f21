import { describe, expect, it } from 'vitest';
import { seriesLabel } from '../../src/model/series-label.ts';
import { t } from '../../src/i18n/messages.ts';

describe('series labels come from the variable list', () => {
  it('a series of the whole province reads its label; a sector path adds the sector before the unit', () => {
    expect(seriesLabel('growth')).toEqual({ vi: 'Tăng trưởng GRDP (%)', en: 'GRDP growth (%)' });
    expect(seriesLabel('real.II')?.en).toBe('Value added, constant prices, sector II (bn VND)');
    expect(seriesLabel('share.T')).toEqual({
      vi: 'Tỷ trọng thuế sản phẩm (%)',
      en: 'Share of product taxes (%)',
    });
    expect(t('series.perCapita', 'vi')).toBe('GRDP bình quân đầu người (triệu đồng)');
  });

  it('a key the list does not declare has no label', () => {
    for (const key of ['nope', 'share', 'growth.I', 'share.IV', 'share.all', 'real.II.x'])
      expect(seriesLabel(key), key).toBeUndefined();
  });
});
