import { formatDate, formatDateTime } from '../../domain/format';
import type { StageEvent } from '../../domain/project';
import { useLocale, useT } from '../../i18n/use-t';
import { stageName } from './project-text';

/** Every recorded stage date, newest first: what was recorded, what it corrected, why and when. */
export function StageHistory({ history }: { history: readonly StageEvent[] }) {
  const t = useT();
  const locale = useLocale();
  const rows = [...history].reverse();
  return (
    <section className="panel" aria-labelledby="stage-history-heading">
      <h2 id="stage-history-heading">{t('project.history')}</h2>
      {rows.length === 0 ? (
        <p>{t('project.history.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('project.history')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('project.history.stage')}</th>
                <th scope="col">{t('project.history.date')}</th>
                <th scope="col">{t('project.history.previous')}</th>
                <th scope="col">{t('project.history.note')}</th>
                <th scope="col">{t('project.history.recordedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e, i) => (
                <tr key={`${e.recordedAt}-${e.stage}-${i}`}>
                  <th scope="row">{stageName(e.stage, locale)}</th>
                  <td>{formatDate(e.date, locale)}</td>
                  <td>{e.previous ? formatDate(e.previous, locale) : '—'}</td>
                  <td>{e.note ?? ''}</td>
                  <td>{formatDateTime(e.recordedAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
