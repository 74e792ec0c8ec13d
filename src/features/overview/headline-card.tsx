import { Link } from '@tanstack/react-router';
import { ProgressBar } from '../../components/progress-bar';
import { SampleTag } from '../../components/sample-tag';
import { Sparkline } from '../../components/sparkline';
import { StatusBadge } from '../../components/status-badge';
import { TargetFigures } from '../../components/target-figures';
import type { IndicatorSummary } from '../../domain/contract';
import { formatCumulativeSpan, formatValue } from '../../domain/format';
import { parsePeriod } from '../../domain/period';
import { pick, useLocale, useT } from '../../i18n/use-t';

/** One key indicator: target, actual, completion against 序时进度, the light and its reason, a small trend. */
export function HeadlineCard({ item, period }: { item: IndicatorSummary; period: string }) {
  const t = useT();
  const locale = useLocale();
  const { indicator, evaluation: e } = item;
  const year = parsePeriod(period)?.year ?? 0;
  const name = pick(indicator.name, locale);
  const b = indicator.baseline;
  return (
    <article className={`card card-${e.status}`} aria-labelledby={`card-${indicator.id}`}>
      <h3 id={`card-${indicator.id}`}>
        <Link to="/indicators/$id" params={{ id: indicator.id }} search={{ period }}>
          {name}
        </Link>
      </h3>
      <StatusBadge status={e.status} reason={e.reason} rule={e.rule} showReason />
      <TargetFigures indicator={indicator} evaluation={e} year={year} />
      <ProgressBar
        completionPct={e.completionPct}
        expectedPct={e.expectedPct}
        label={`${name} ${t('card.completion')}`}
        locale={locale}
      />
      {e.trend.length > 1 ? (
        <div className="card-trend">
          <Sparkline values={e.trend.map((p) => p.value)} />
          <span className="visually-hidden">
            {t('card.trend', { period: formatCumulativeSpan(period, locale) })}:{' '}
            {e.trend.map((p) => formatValue(p.value, indicator.unit, locale)).join('，')}
          </span>
        </div>
      ) : null}
      <p className="card-link">
        <Link to="/benchmarks" search={{ period, indicator: indicator.id }}>
          {t('bench.openGaps')}
          <span className="visually-hidden">：{name}</span>
        </Link>
      </p>
      {b ? (
        <p className="card-baseline">
          {t('card.baselineLabel', { year: b.year })}
          <strong>{formatValue(b.value, indicator.unit, locale)}</strong>
          {b.sample ? <SampleTag /> : <span className="muted"> · {b.source.publisher ?? b.source.title}</span>}
        </p>
      ) : null}
    </article>
  );
}
