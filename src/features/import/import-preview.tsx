/**
 * What a commit would do, before it is done: counts of rows to add, change (old → new), leave
 * unchanged, skip and reject, each list with its rows; the commit button writes all rows or, while
 * any row is wrong, is replaced by what to fix.
 */
import { useId, useState } from 'react';
import type { ImportPreview } from '../../domain/import-contract';
import { useT, type Translate } from '../../i18n/use-t';
import type { MessageKey } from '../../i18n/messages';
import type { FileParsed } from './parse-file';
import { ChangeTable, ProblemTable, RowTable, type IndicatorLookup, type Problem } from './preview-tables';

/** Column names for the API's field names, so a rejection says where to look in the sheet. */
const FIELD_COLUMNS: Record<string, MessageKey> = {
  indicatorId: 'import.col.indicator',
  period: 'import.col.period',
  value: 'import.col.value',
  stage: 'import.col.stage',
  source: 'import.col.source',
};

/** File and API rejections in one list, by line. */
export function problemsOf(file: FileParsed, preview: ImportPreview, t: Translate): Problem[] {
  const fromApi = preview.rejected.map((r) => {
    const key = FIELD_COLUMNS[r.field];
    return { line: r.line, message: r.message, ...(key ? { column: t(key) } : {}) };
  });
  return [...file.parsed.rejected, ...fromApi].sort((a, b) => a.line - b.line);
}

export function ImportPreview({
  file,
  preview,
  lookup,
  busy,
  onCommit,
  onCancel,
}: {
  file: FileParsed;
  preview: ImportPreview;
  lookup: IndicatorLookup;
  busy: boolean;
  onCommit: (reason: string) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const id = useId();
  const [reason, setReason] = useState('');
  const problems = problemsOf(file, preview, t);
  const skipped: Problem[] = file.parsed.skipped.map((s) => ({ line: s.line, message: s.reason }));
  const toWrite = preview.add.length + preview.change.length;
  const counts = [
    { key: 'import.add', n: preview.add.length },
    { key: 'import.change', n: preview.change.length },
    { key: 'import.unchanged', n: preview.unchanged.length },
    { key: 'import.skipped', n: skipped.length },
    { key: 'import.rejected', n: problems.length },
    { key: 'import.warned', n: preview.warnings.length },
  ] as const;

  return (
    <section className="panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('import.counts')}</h2>
      <ul className="import-counts">
        {counts.map((c) => (
          <li key={c.key} className={c.key === 'import.rejected' && c.n > 0 ? 'import-count-bad' : undefined}>
            <span>{t(c.key)}</span> <strong>{t('import.rows', { count: c.n })}</strong>
          </li>
        ))}
      </ul>
      {problems.length > 0 ? (
        <p role="alert" className="form-alert">
          {t('import.blocked', { count: problems.length })}
        </p>
      ) : toWrite === 0 ? (
        <p role="status">{t('import.nothing')}</p>
      ) : null}
      <div className="form-actions">
        {problems.length === 0 && toWrite > 0 ? (
          <>
            <div className="field">
              <label htmlFor={`${id}-reason`}>{t('import.reason')}</label>
              <input id={`${id}-reason`} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
            </div>
            <button type="button" disabled={busy} onClick={() => onCommit(reason)}>
              {t('import.commit', { count: toWrite })}
            </button>
          </>
        ) : null}
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      </div>
      {problems.length > 0 ? (
        <Part title={`${t('import.rejected')}（${problems.length}）`}>
          <ProblemTable label={t('import.rejected')} problems={problems} />
        </Part>
      ) : null}
      {preview.warnings.length > 0 ? (
        <Part title={`${t('import.warned')}（${preview.warnings.length}）`}>
          <p className="muted">{t('import.warnedHelp')}</p>
          <ProblemTable label={t('import.warned')} problems={preview.warnings} />
        </Part>
      ) : null}
      {preview.change.length > 0 ? (
        <Part title={`${t('import.change')}（${preview.change.length}）`}>
          <ChangeTable label={t('import.change')} changes={preview.change} lookup={lookup} />
        </Part>
      ) : null}
      {preview.add.length > 0 ? (
        <Part title={`${t('import.add')}（${preview.add.length}）`}>
          <RowTable label={t('import.add')} rows={preview.add} lookup={lookup} />
        </Part>
      ) : null}
      {skipped.length > 0 ? (
        <Part title={`${t('import.skipped')}（${skipped.length}）`}>
          <ProblemTable label={t('import.skipped')} problems={skipped} />
        </Part>
      ) : null}
      {preview.unchanged.length > 0 ? (
        <Part title={`${t('import.unchanged')}（${preview.unchanged.length}）`}>
          <RowTable label={t('import.unchanged')} rows={preview.unchanged} lookup={lookup} />
        </Part>
      ) : null}
      <p className="muted">{t('import.fileName', { name: file.fileName })}</p>
    </section>
  );
}

function Part({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="import-part">
      <h3>{title}</h3>
      {children}
    </section>
  );
}
