import { ProgressBar } from '../../components/progress-bar';
import type { RollUp } from '../../domain/action';
import { formatPct } from '../../domain/format';
import { useLocale, useT } from '../../i18n/use-t';

/**
 * A node's roll-up: "按期完成 3/8（37.5%）" as text and as a bar, and the overdue, 临期 and late
 * counts in words with their shapes (never by colour alone).
 */
export function RollUpLine({ rollUp, name }: { rollUp: RollUp; name: string }) {
  const t = useT();
  const locale = useLocale();
  if (rollUp.total === 0) return <p className="roll-up muted">{t('actions.rollUp.none')}</p>;
  const text = t('actions.rollUp', {
    done: rollUp.done,
    total: rollUp.total,
    pct: formatPct(rollUp.onTimePct, locale),
  });
  return (
    <div className="roll-up">
      <span className="roll-up-text">{text}</span>
      <span className="roll-up-bar">
        <ProgressBar
          completionPct={rollUp.onTimePct}
          expectedPct={null}
          label={t('actions.rollUp.label', { name })}
          locale={locale}
        />
      </span>
      {rollUp.overdue > 0 ? (
        <span className="tally tally-overdue">
          <span aria-hidden="true">■ </span>
          {t('actions.tally.overdue', { n: rollUp.overdue })}
        </span>
      ) : null}
      {rollUp.dueSoon > 0 ? (
        <span className="tally tally-due-soon">
          <span aria-hidden="true">◆ </span>
          {t('actions.tally.dueSoon', { n: rollUp.dueSoon })}
        </span>
      ) : null}
      {rollUp.doneLate > 0 ? (
        <span className="tally tally-done-late">
          <span aria-hidden="true">▲ </span>
          {t('actions.tally.doneLate', { n: rollUp.doneLate })}
        </span>
      ) : null}
    </div>
  );
}
