import { useState } from 'react';
import { templateTable } from '../../domain/import/template';
import type { ImportIndicator } from '../../domain/import/parse-sheet';
import { useT } from '../../i18n/use-t';

/** 下载模板: the template as Excel or CSV, made on the spot from the indicators we track. */
export function TemplateDownload({ catalogue }: { catalogue: readonly ImportIndicator[] }) {
  const t = useT();
  const [failed, setFailed] = useState(false);
  const download = async (format: 'xlsx' | 'csv') => {
    setFailed(false);
    try {
      // The writers load only when a template is asked for.
      const { exportTable } = await import('../../export');
      await exportTable(templateTable(catalogue), format, '白蒲镇-数据导入模板');
    } catch {
      setFailed(true);
    }
  };
  return (
    <section className="panel" aria-labelledby="import-template-h">
      <h2 id="import-template-h">{t('import.template')}</h2>
      <p className="muted">{t('import.templateHelp')}</p>
      <div className="form-actions">
        <button type="button" className="button-secondary" onClick={() => void download('xlsx')}>
          {t('import.templateXlsx')}
        </button>
        <button type="button" className="button-secondary" onClick={() => void download('csv')}>
          {t('import.templateCsv')}
        </button>
      </div>
      {failed ? (
        <p role="alert" className="form-alert">
          {t('import.templateFailed')}
        </p>
      ) : null}
    </section>
  );
}
