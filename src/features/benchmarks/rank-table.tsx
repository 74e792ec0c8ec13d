import { ExportMenu, type Provenance } from '../../components/export-menu';
import type { IndicatorGaps } from '../../domain/benchmark-contract';
import { pick, useLocale, useT } from '../../i18n/use-t';
import { rankTableModel } from './gap-export';

/** 双亮牌: our place and its change, in text (↑2 / ↓1 / 持平), never by colour alone. */
export function RankTable({
  items,
  provenance,
  fileName,
}: {
  items: readonly IndicatorGaps[];
  /** What the exported table says about its numbers. */
  provenance: Provenance;
  fileName: string;
}) {
  const t = useT();
  const locale = useLocale();
  const ranked = items.filter((i) => i.rank !== null);
  if (ranked.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="rank-heading">
      <h2 id="rank-heading">{t('bench.ranking')}</h2>
      <div className="export-tools">
        <ExportMenu
          kind="table"
          model={() => rankTableModel(ranked, provenance, t, locale)}
          fileName={fileName}
          label={provenance.title}
        />
      </div>
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('indicators.col.name')}</th>
              <th scope="col">{t('bench.ranking')}</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map(({ indicator, rank }) =>
              rank ? (
                <tr key={indicator.id}>
                  <th scope="row">{pick(indicator.name, locale)}</th>
                  <td>
                    {t('bench.rank', { rank: rank.rank, of: rank.of })} <strong>{pick(rank.text, locale)}</strong>{' '}
                    <span className="muted">{pick(rank.words, locale)}</span>
                  </td>
                </tr>
              ) : null,
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
