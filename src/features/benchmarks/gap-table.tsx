import type { IndicatorGaps } from '../../domain/benchmark-contract';
import { formatPct, formatValue, type Locale } from '../../domain/format';
import { pick, useLocale, useT } from '../../i18n/use-t';
import { ExportMenu, type Provenance } from '../../components/export-menu';
import { SampleTag } from '../../components/sample-tag';
import { gapTableModel } from './gap-export';
import type { GapBar } from './gap-chart';
import type { ProfilePoint } from './profile-chart';

/** The bars of the gap chart: the gap to the set's first member in %, negative when behind. */
export function gapBars(items: readonly IndicatorGaps[], locale: Locale): GapBar[] {
  const bars: GapBar[] = [];
  for (const item of items) {
    const card = item.cards[0];
    if (!card || card.size.pctOfTheirs === null) continue;
    bars.push({
      id: item.indicator.id,
      name: pick(item.indicator.name, locale),
      // pctOfTheirs is positive when we are behind; the chart draws behind to the left.
      pct: Math.round(-card.size.pctOfTheirs * 10) / 10,
    });
  }
  return bars;
}

/** The profile's spokes: our value as % of the first member's, for indicators where higher is better. */
export function profilePoints(items: readonly IndicatorGaps[], locale: Locale): ProfilePoint[] {
  const points: ProfilePoint[] = [];
  for (const item of items) {
    const card = item.cards[0];
    if (!card || card.theirs.value <= 0 || card.ours.value < 0) continue;
    if (item.indicator.kind === 'rank' || item.indicator.direction === 'lower') continue;
    points.push({
      name: pick(item.indicator.name, locale),
      ours: Math.round((card.ours.value / card.theirs.value) * 1000) / 10,
    });
  }
  return points;
}

/** The gap chart's text alternative: ours, theirs and the gap per indicator, with years and 示例. */
export function GapTable({
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
  return (
    <details className="chart-alt">
      <summary>{t('bench.chartAlt')}</summary>
      <div className="export-tools">
        <ExportMenu
          kind="table"
          model={() => gapTableModel(items, provenance, t, locale)}
          fileName={fileName}
          label={provenance.title}
        />
      </div>
      <table className="data-table">
        <caption className="visually-hidden">{t('bench.chartAlt')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicators.col.name')}</th>
            <th scope="col">{t('bench.ours')}</th>
            <th scope="col">{t('bench.theirs')}</th>
            <th scope="col">{t('bench.gapPct')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map(({ indicator, cards }) => {
            const card = cards[0];
            if (!card) return null;
            const unit = indicator.unit;
            return (
              <tr key={indicator.id}>
                <th scope="row">{pick(indicator.name, locale)}</th>
                <td className="num">
                  {formatValue(card.ours.value, unit, locale)} ({card.ours.year})
                  {card.ours.sample ? <SampleTag /> : null}
                </td>
                <td className="num">
                  {formatValue(card.theirs.value, unit, locale)} ({card.theirs.sourceYear})
                  {card.theirs.sample ? <SampleTag /> : null}
                </td>
                <td className="num">
                  {formatPct(card.size.pctOfTheirs === null ? null : Math.abs(card.size.pctOfTheirs), locale)}{' '}
                  {t(`bench.${card.size.standing}`)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
