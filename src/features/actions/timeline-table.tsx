import { ExportMenu } from '../../components/export-menu';
import { MilestoneStateBadge } from '../../components/milestone-state-badge';
import { formatDate } from '../../domain/format';
import { pick, useLocale, useT } from '../../i18n/use-t';
import { timelineFileName, timelineProvenance, timelineTableModel } from './timeline-export';
import type { TimelineRow } from './timeline-model';

/** The timeline's text alternative: every milestone drawn, with its task, dates, state and owner. */
export function TimelineTable({
  rows,
  asOf,
  period,
}: {
  rows: readonly TimelineRow[];
  asOf: string;
  /** The view's period key, said in the export. */
  period?: string;
}) {
  const t = useT();
  const locale = useLocale();
  const caption = t('actions.timeline.tableCaption', { date: formatDate(asOf, locale) });
  return (
    <details className="chart-alt">
      <summary>{t('actions.timeline.table')}</summary>
      <div className="export-tools">
        <ExportMenu
          kind="table"
          model={() => timelineTableModel(rows, timelineProvenance(rows, asOf, period, t, locale), t, locale)}
          fileName={timelineFileName(asOf, t, locale)}
          label={t('actions.timeline.table')}
        />
      </div>
      <div className="table-wrap">
        <table className="data-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('actions.col.milestone')}</th>
              <th scope="col">{t('actions.col.task')}</th>
              <th scope="col">{t('actions.col.span')}</th>
              <th scope="col">{t('actions.col.due')}</th>
              <th scope="col">{t('actions.col.state')}</th>
              <th scope="col">{t('actions.col.owner')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.flatMap((row) =>
              row.milestones.map((m) => (
                <tr key={m.milestone.id}>
                  <th scope="row">{pick(m.milestone.name, locale)}</th>
                  <td>{pick(row.task.name, locale)}</td>
                  <td>
                    {formatDate(row.start, locale)} – {formatDate(row.end, locale)}
                  </td>
                  <td>{formatDate(m.milestone.due, locale)}</td>
                  <td>
                    <MilestoneStateBadge state={m.state} dueInDays={m.dueInDays} />
                  </td>
                  <td>
                    {m.milestone.owner.unit} · {m.milestone.owner.person}
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </details>
  );
}
