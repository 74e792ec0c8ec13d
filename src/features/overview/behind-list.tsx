import { Link } from '@tanstack/react-router';
import { SampleTag } from '../../components/sample-tag';
import { StatusBadge } from '../../components/status-badge';
import type { IndicatorSummary } from '../../domain/contract';
import { formatPct } from '../../domain/format';
import { pick, useLocale, useT } from '../../i18n/use-t';

/** The indicators behind 序时进度, worst first: what the meeting must talk about. */
export function BehindList({ items, period }: { items: readonly IndicatorSummary[]; period: string }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="behind-heading" className="panel">
      <h2 id="behind-heading">{t('overview.behind')}</h2>
      {items.length === 0 ? (
        <p>{t('overview.behindNone')}</p>
      ) : (
        <ol className="behind-list">
          {items.map(({ indicator, evaluation: e }) => (
            <li key={indicator.id}>
              <Link to="/indicators/$id" params={{ id: indicator.id }} search={{ period }}>
                {pick(indicator.name, locale)}
              </Link>
              <StatusBadge status={e.status} reason={e.reason} rule={e.rule} showReason compactRule />
              <span className="muted">
                {t('card.completion')} {formatPct(e.completionPct, locale)} / {t('card.expected')}{' '}
                {formatPct(e.expectedPct, locale)}
              </span>
              {e.basis?.sample ? <SampleTag /> : null}
              <span className="muted">{indicator.owner.unit}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
