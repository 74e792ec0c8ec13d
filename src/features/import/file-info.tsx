import { useId } from 'react';
import { formatPeriod } from '../../domain/format';
import { useLocale, useT } from '../../i18n/use-t';
import type { FileParsed } from './parse-file';

/** The workbook's sheets to choose from, when there are several. */
export function SheetPicker({
  sheets,
  sheet,
  onSheet,
}: {
  sheets: readonly string[];
  sheet: string | undefined;
  onSheet: (sheet: string) => void;
}) {
  const t = useT();
  const id = useId();
  if (sheets.length < 2) return null;
  return (
    <div className="field">
      <label htmlFor={`${id}-sheet`}>{t('import.sheet')}</label>
      <select id={`${id}-sheet`} value={sheet ?? sheets[0]} onChange={(e) => onSheet(e.target.value)}>
        {sheets.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
    </div>
  );
}

/** What was understood of the file: the sheet (with a choice when there are several), the header row, the layout, the period from the title, the encoding. */
export function FileInfo({ parsed, onSheet }: { parsed: FileParsed; onSheet: (sheet: string) => void }) {
  const t = useT();
  const locale = useLocale();
  const { layout, headerLine, period } = parsed.parsed;
  return (
    <div className="import-file-info">
      <SheetPicker sheets={parsed.sheets} sheet={parsed.sheet} onSheet={onSheet} />
      <p className="muted">
        {t('import.fileInfo', {
          line: headerLine,
          layout: t(layout === 'wide' ? 'import.layoutWide' : 'import.layoutLong'),
          period: period ? t('import.periodFromTitle', { period: formatPeriod(period, locale) }) : '',
          encoding: parsed.encoding ? t('import.encoding', { encoding: parsed.encoding }) : '',
        })}
      </p>
    </div>
  );
}
