/**
 * 数据导入: choose the statistics office's sheet (or the template), see exactly what would change,
 * then commit all of it or nothing. The file is read off the main thread; the heavy readers load
 * only here.
 */
import { useQuery } from '@tanstack/react-query';
import { useSearch } from '@tanstack/react-router';
import { useEffect, useId, useMemo, useState } from 'react';
import { indicatorListQuery } from '../../api/indicators';
import type { ImportIndicator } from '../../domain/import/parse-sheet';
import type { Stage } from '../../domain/observation';
import { QueryState } from '../../components/query-state';
import { pick, useLocale, useT } from '../../i18n/use-t';
// The page's messages: registered on import, before anything here renders.
import '../../i18n/messages-import';
import { validatePeriodSearch } from '../../routing/search';
import { FileInfo, SheetPicker } from './file-info';
import { prewarmImportWorker } from './parse-file';
import { ImportPreview } from './import-preview';
import { TemplateDownload } from './template-download';
import { useImportFlow } from './use-import-flow';
import type { IndicatorLookup } from './preview-tables';
import './import.css';

export function ImportPage() {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const { period } = validatePeriodSearch(useSearch({ strict: false }));
  const list = useQuery(indicatorListQuery({ period, sort: 'status', dir: 'asc' }));
  const indicators = useMemo(() => list.data?.items.map((s) => s.indicator) ?? [], [list.data]);
  const catalogue = useMemo<ImportIndicator[]>(
    () =>
      indicators.map((i) => ({
        id: i.id,
        name: i.name,
        unit: i.unit,
        kind: i.kind,
        cumulative: i.cumulative,
        derived: i.derived !== undefined,
      })),
    [indicators],
  );
  const lookup: IndicatorLookup = useMemo(() => new Map(indicators.map((i) => [i.id, i])), [indicators]);
  const { flow, choose, commit, cancel } = useImportFlow(catalogue);
  // The readers load while the analyst looks for the file.
  useEffect(() => prewarmImportWorker(), []);
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>('reported');
  const [source, setSource] = useState('');
  const [fileKey, setFileKey] = useState(0);

  const options = (f: File) => ({
    defaultStage: stage,
    defaultSource: source.trim() || t('import.sourceDefault', { name: f.name }),
  });
  const pickFile = (f: File | undefined) => {
    if (!f) return;
    setFile(f);
    choose(f, options(f));
  };
  const reset = () => {
    cancel();
    setFile(null);
    setFileKey((k) => k + 1);
  };

  return (
    <div className="page import-page">
      <h1>{t('import.heading')}</h1>
      <p className="lede">{t('import.intro')}</p>
      <QueryState query={list}>
        {() => (
          <>
            <TemplateDownload catalogue={catalogue} />
            <section className="panel" aria-labelledby={`${id}-file`}>
              <h2 id={`${id}-file`}>{t('import.upload')}</h2>
              <div className="obs-form">
                <div className="field">
                  <label htmlFor={`${id}-stage`}>{t('import.stage')}</label>
                  <select id={`${id}-stage`} value={stage} onChange={(e) => setStage(e.target.value as Stage)}>
                    <option value="reported">{t('import.stage.reported')}</option>
                    <option value="audited">{t('import.stage.audited')}</option>
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`${id}-source`}>{t('import.source')}</label>
                  <input
                    id={`${id}-source`}
                    value={source}
                    maxLength={200}
                    placeholder={t('import.sourceDefault', { name: file?.name ?? '…' })}
                    onChange={(e) => setSource(e.target.value)}
                  />
                </div>
                <div className="field">
                  <label htmlFor={`${id}-input`}>{t('import.file')}</label>
                  <input
                    key={fileKey}
                    id={`${id}-input`}
                    type="file"
                    accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
                    onChange={(e) => pickFile(e.target.files?.[0])}
                  />
                </div>
              </div>
              {flow.step === 'reading' ? <p role="status">{t('import.reading')}</p> : null}
              {flow.step === 'previewing' ? <p role="status">{t('import.previewing')}</p> : null}
              {flow.step === 'failed' ? (
                <>
                  <p role="alert" className="form-alert">
                    {pick(flow.message, locale)}
                  </p>
                  {file && flow.sheets ? (
                    <SheetPicker
                      sheets={flow.sheets}
                      sheet={flow.sheet}
                      onSheet={(sheet) => choose(file, options(file), sheet)}
                    />
                  ) : null}
                </>
              ) : null}
              {'file' in flow && file ? (
                <FileInfo parsed={flow.file} onSheet={(sheet) => choose(file, options(file), sheet)} />
              ) : null}
            </section>
            {flow.step === 'previewed' || flow.step === 'committing' || flow.step === 'commit-failed' ? (
              <>
                {flow.step === 'commit-failed' ? (
                  <p role="alert" className="form-alert">
                    {t('import.failed', { message: pick(flow.message, locale) })}
                  </p>
                ) : null}
                <ImportPreview
                  file={flow.file}
                  preview={flow.preview}
                  lookup={lookup}
                  busy={flow.step === 'committing'}
                  onCommit={commit}
                  onCancel={reset}
                />
              </>
            ) : null}
            {flow.step === 'done' ? (
              <section className="panel" role="status">
                <p className="form-saved">
                  {t('import.done', {
                    added: flow.result.added,
                    changed: flow.result.changed,
                    unchanged: flow.result.unchanged,
                  })}
                </p>
                <p className="muted">{t('import.doneHistory')}</p>
                <button type="button" className="button-secondary" onClick={reset}>
                  {t('import.another')}
                </button>
              </section>
            ) : null}
          </>
        )}
      </QueryState>
    </div>
  );
}
