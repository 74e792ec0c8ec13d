import type { IndicatorSummary } from '../../domain/contract';
import { formatDate, formatValue } from '../../domain/format';
import { pick, useLocale, useT } from '../../i18n/use-t';

/**
 * The report's own figures (7 / 14 / 10 projects, 5.62亿元 …) on the first screen, each with the
 * words of its source: these are facts, not samples.
 */
export function ReportResults({ items }: { items: readonly IndicatorSummary[] }) {
  const t = useT();
  const locale = useLocale();
  const sourced = items.filter((i) => i.indicator.baseline && !i.indicator.baseline.sample);
  const first = sourced[0]?.indicator.baseline?.source;
  if (!first) return null;
  return (
    <section aria-labelledby="report-heading" className="panel report-results">
      <h2 id="report-heading">{t('overview.report')}</h2>
      <dl className="fact-list">
        {sourced.map(({ indicator }) => {
          const b = indicator.baseline;
          if (!b) return null;
          return (
            <div key={indicator.id} className="fact">
              <dt>{pick(indicator.name, locale)}</dt>
              <dd>
                <span className="fact-value">{formatValue(b.value, indicator.unit, locale)}</span>
                {b.source.quote ? <q className="source-quote">{b.source.quote}</q> : null}
              </dd>
            </div>
          );
        })}
      </dl>
      <p className="source-line">
        {t('overview.reportNote', {
          source: first.publisher ? `${first.publisher}《${first.title}》` : first.title,
          date: first.date ? formatDate(first.date, locale) : '',
        })}
      </p>
    </section>
  );
}
