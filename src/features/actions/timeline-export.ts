/**
 * What the timeline and its table export: the as-of date every state is judged on, the period, the
 * sources of the tasks and milestones drawn, 示例, and the milestones as rows.
 */
import { exportFileName, sourceText, tableProvenance, type Provenance } from '../../components/provenance';
import { formatDate, formatPeriod, type Locale } from '../../domain/format';
import type { TableModel } from '../../domain/spreadsheet-cell';
import { MILESTONE_STATE_LABELS } from '../../i18n/labels';
import { pick, type Translate } from '../../i18n/use-t';
import { lightOf, type TimelineRow } from './timeline-model';

const SOURCES_NAMED = 3;

export function timelineProvenance(
  rows: readonly TimelineRow[],
  asOf: string,
  period: string | undefined,
  t: Translate,
  locale: Locale,
): Provenance {
  const records = rows.flatMap((r) => [r.task, ...r.milestones.map((m) => m.milestone)]);
  const sources = [...new Set(records.map((r) => sourceText(r.source, locale)))];
  return {
    title: t('actions.timeline'),
    ...(period ? { period: formatPeriod(period, locale) } : {}),
    asOf: formatDate(asOf, locale),
    ...(sources.length > 0
      ? {
          source: `${sources.slice(0, SOURCES_NAMED).join(locale === 'en' ? '; ' : '；')}${sources.length > SOURCES_NAMED ? '…' : ''}`,
        }
      : {}),
    sample: records.some((r) => r.sample),
  };
}

/** "白蒲镇-时间轴-2020年6月30日". */
export function timelineFileName(asOf: string, t: Translate, locale: Locale): string {
  return exportFileName(t, t('actions.timeline'), formatDate(asOf, locale));
}

/** Every milestone drawn: its task, the task's span, due date, state (临期 included), owner, 示例, source. */
export function timelineTableModel(
  rows: readonly TimelineRow[],
  provenance: Provenance,
  t: Translate,
  locale: Locale,
): TableModel {
  return {
    title: provenance.title,
    columns: [
      { header: t('actions.col.milestone'), kind: 'text' },
      { header: t('actions.col.task'), kind: 'text' },
      { header: t('actions.col.span'), kind: 'text' },
      { header: t('actions.col.due'), kind: 'text' },
      { header: t('actions.col.state'), kind: 'text' },
      { header: t('actions.col.owner'), kind: 'text' },
      { header: t('sample.tag'), kind: 'text' },
      { header: t('source.label'), kind: 'text' },
    ],
    rows: rows.flatMap((row) =>
      row.milestones.map((m) => [
        pick(m.milestone.name, locale),
        pick(row.task.name, locale),
        `${formatDate(row.start, locale)} – ${formatDate(row.end, locale)}`,
        formatDate(m.milestone.due, locale),
        lightOf(m) === 'due-soon' ? t('actions.light.due-soon') : pick(MILESTONE_STATE_LABELS[m.state], locale),
        `${m.milestone.owner.unit} · ${m.milestone.owner.person}`,
        m.milestone.sample ? t('sample.tag') : '',
        sourceText(m.milestone.source, locale),
      ]),
    ),
    provenance: tableProvenance(provenance, t),
  };
}
