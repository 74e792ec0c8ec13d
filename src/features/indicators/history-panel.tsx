/**
 * 修改记录: every version of this indicator's values, targets and benchmark values, and its notes,
 * newest first — who, when, old → new, why — with a restore for each earlier version.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { benchmarkSetsQuery } from '../../api/benchmarks';
import { ApiError } from '../../api/client';
import { historyQuery, restoreVersion } from '../../api/history';
import { invalidateAfterWrite } from '../../api/indicators';
import { QueryState } from '../../components/query-state';
import { formatDateTime } from '../../domain/format';
import type { HistoryEntry } from '../../domain/history-contract';
import type { Indicator } from '../../domain/indicator';
import { pick, useLocale, useT } from '../../i18n/use-t';
import { historySubject, historyValue } from './history-text';

export function HistoryPanel({ indicator }: { indicator: Indicator }) {
  const t = useT();
  const id = useId();
  const query = useQuery(historyQuery(indicator.id));
  const memberName = useMemberNames();
  const [done, setDone] = useState<string | null>(null);
  return (
    <section className="panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('history.heading')}</h2>
      <p className="muted">{t('history.help')}</p>
      {done ? (
        <p role="status" className="form-saved">
          {done}
        </p>
      ) : null}
      <QueryState query={query}>
        {(data) =>
          data.entries.length === 0 ? (
            <p>{t('history.empty')}</p>
          ) : (
            <div
              className="table-wrap table-scroll history-table"
              tabIndex={0}
              role="group"
              aria-labelledby={`${id}-h`}
            >
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('history.col.at')}</th>
                    <th scope="col">{t('history.col.by')}</th>
                    <th scope="col">{t('history.col.what')}</th>
                    <th scope="col">{t('history.col.change')}</th>
                    <th scope="col">{t('history.col.reason')}</th>
                    <th scope="col">{t('history.col.action')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.entries.map((entry) => (
                    <HistoryRow
                      key={entry.id}
                      entry={entry}
                      indicator={indicator}
                      memberName={memberName}
                      onRestored={setDone}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
    </section>
  );
}

function HistoryRow({
  entry,
  indicator,
  memberName,
  onRestored,
}: {
  entry: HistoryEntry;
  indicator: Indicator;
  memberName: (setId: string, memberId: string) => string;
  onRestored: (message: string) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const value = historyValue(entry.after, indicator, locale);
  const restore = useMutation({
    mutationFn: () => restoreVersion(indicator.id, entry.id, reason.trim() === '' ? undefined : reason.trim()),
    onSuccess: async () => {
      setConfirming(false);
      setReason('');
      onRestored(t('history.restoreDone', { value }));
      await invalidateAfterWrite(queryClient);
    },
  });
  const tags = [
    entry.before === null ? t('history.first') : null,
    entry.importId ? t('history.fromImport') : null,
    entry.restoredFrom ? t('history.restored') : null,
  ].filter((x): x is string => x !== null);
  return (
    <>
      <tr>
        <td>{formatDateTime(entry.at, locale)}</td>
        <td>{entry.by}</td>
        <th scope="row">{historySubject(entry, indicator, locale, t, memberName)}</th>
        <td>
          {entry.before === null ? null : (
            <>
              <span className="history-before">{historyValue(entry.before, indicator, locale)}</span> →{' '}
            </>
          )}
          <strong>{value}</strong>
          {tags.length > 0 ? <span className="muted"> （{tags.join('，')}）</span> : null}
        </td>
        <td>{entry.reason ?? ''}</td>
        <td>
          {entry.restorable ? (
            <button
              type="button"
              className="button-secondary"
              aria-expanded={confirming}
              aria-controls={`${id}-confirm`}
              onClick={() => setConfirming((c) => !c)}
            >
              {t('history.restore')}
            </button>
          ) : null}
        </td>
      </tr>
      {confirming ? (
        <tr id={`${id}-confirm`}>
          <td colSpan={6}>
            <form
              className="history-confirm"
              onSubmit={(e) => {
                e.preventDefault();
                restore.mutate();
              }}
            >
              <strong>{t('history.restoreConfirm', { value })}</strong>
              <label htmlFor={`${id}-reason`}>{t('history.restoreReason')}</label>
              <input id={`${id}-reason`} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
              <button type="submit" disabled={restore.isPending}>
                {t('history.restoreDo')}
              </button>
              <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
                {t('history.restoreCancel')}
              </button>
              {restore.error ? (
                <p role="alert" className="form-alert">
                  {restore.error instanceof ApiError ? pick(restore.error.text, locale) : t('error.network')}
                </p>
              ) : null}
            </form>
          </td>
        </tr>
      ) : null}
    </>
  );
}

/** Benchmark members' names by set and id, for "对标值：昆山周庄镇（2019年）". */
function useMemberNames(): (setId: string, memberId: string) => string {
  const locale = useLocale();
  const { data } = useQuery(benchmarkSetsQuery());
  return (setId, memberId) => {
    const member = data?.items.find((s) => s.id === setId)?.members.find((m) => m.id === memberId);
    return member ? pick(member.name, locale) : memberId;
  };
}
