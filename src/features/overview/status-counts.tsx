import { Link } from '@tanstack/react-router';
import type { StatusCounts as Counts } from '../../domain/contract';
import { STATUSES } from '../../domain/status';
import { statusMeaning } from '../../domain/status-text';
import { useLocale, useT } from '../../i18n/use-t';
import { StatusBadge } from '../../components/status-badge';

/** How many indicators show each light; each count leads to the filtered table. */
export function StatusCounts({ counts, total, period }: { counts: Counts; total: number; period: string }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="counts-heading" className="panel">
      <h2 id="counts-heading">
        {t('overview.counts')} <span className="muted">{t('overview.countsTotal', { total })}</span>
      </h2>
      <ul className="status-counts">
        {STATUSES.map((s) => (
          <li key={s}>
            <Link to="/indicators" search={{ period, status: s }}>
              <StatusBadge status={s} sayMeaning={false} />
              <span className="count">{counts[s]}</span>
              <span className="muted">{statusMeaning(s, locale)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
