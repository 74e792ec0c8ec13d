/** How a history entry reads: what it is of, and its value in the indicator's unit. */
import { formatCumulativeSpan, formatPeriod, formatValue, type Locale } from '../../domain/format';
import type { HistoryEntry } from '../../domain/history-contract';
import type { Indicator } from '../../domain/indicator';
import type { Translate } from '../../i18n/use-t';

export function historyValue(value: number | string | null, indicator: Indicator, locale: Locale): string {
  if (value === null) return '—';
  return typeof value === 'number' ? formatValue(value, indicator.unit, locale) : value;
}

/** "2020年1-6月 填报值", "2020年目标", "对标值：周庄镇（2019年）", "2020年6月 原因". */
export function historySubject(
  entry: HistoryEntry,
  indicator: Indicator,
  locale: Locale,
  t: Translate,
  memberName: (setId: string, memberId: string) => string,
): string {
  const period = (key: string | undefined) =>
    key === undefined ? '' : indicator.cumulative ? formatCumulativeSpan(key, locale) : formatPeriod(key, locale);
  switch (entry.kind) {
    case 'observation':
      return t('history.kind.observation', {
        period: period(entry.period),
        stage: t(entry.stage === 'audited' ? 'obs.audited' : 'obs.reported'),
      });
    case 'target':
      return t('history.kind.target', { year: entry.year ?? '' });
    case 'benchmark-value':
      return t('history.kind.benchmark', {
        member: memberName(entry.setId ?? '', entry.memberId ?? ''),
        year: entry.year ?? '',
      });
    case 'gap-note':
      return t('history.kind.gapNote');
    case 'value-note':
      return t('history.kind.valueNote', { period: period(entry.period), kind: '' }).trim();
  }
}
