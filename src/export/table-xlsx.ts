/**
 * A table as an Excel workbook (write-excel-file, never the npm `xlsx` package): one sheet named
 * after the table, the header row bold and frozen, numbers as number cells, every text cell
 * neutralised against formula injection (so it is text even after a copy to CSV), columns as wide
 * as their content, and the provenance lines below the table after an empty row, as in the CSV.
 *
 * write-excel-file zips with fflate's async `zip()`, which compresses any part over 160 KB (a sheet of
 * a few hundred rows) in a Worker made from a `blob:` URL: the Content-Security-Policy allows
 * `worker-src blob:` for that (decision 0006); without it such an export would wait forever.
 */
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/universal';
import { tableGrid, type TableModel } from '../domain/spreadsheet-cell';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A sheet name Excel accepts: none of [ ] : * ? / \, no apostrophe at either end, at most 31
 * characters, not "History" (Excel keeps it for itself), never empty.
 */
export function sheetName(title: string): string {
  const name = Array.from(
    title
      // eslint-disable-next-line no-control-regex
      .replace(/[[\]:*?/\\\u0000-\u001f\u007f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^'+|'+$/g, ''),
  )
    .slice(0, 31)
    .join('')
    .trim()
    .replace(/'+$/, '');
  if (name === '') return 'Sheet1';
  return name.toLowerCase() === 'history' ? `${name}1` : name;
}

/** Width of a text in Excel's character units: CJK characters count about two. */
function cellWidth(value: string | number | null | undefined): number {
  if (value === null || value === undefined) return 0;
  const text = String(value);
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2.1 : 1.1;
  return w;
}

/** The sheet data: the grid of tableGrid with the header styled and every cell typed. */
export function xlsxSheet(model: TableModel): { data: SheetData; widths: number[] } {
  const grid = tableGrid(model);
  const widths = model.columns.map(() => 8);
  const rowsOfTable = model.rows.length + 1;
  const data: SheetData = grid.map((row, r) =>
    row.map((value, c): Cell => {
      // Provenance lines are long sentences: they do not widen the first column.
      if (r < rowsOfTable && c < widths.length) widths[c] = Math.max(widths[c] ?? 8, cellWidth(value));
      if (value === null) return null;
      if (r === 0) {
        return { value: String(value), type: String, fontWeight: 'bold', wrap: true, bottomBorderStyle: 'thin' };
      }
      if (typeof value === 'number') return { value, type: Number };
      return r >= rowsOfTable ? { value, type: String, textColor: '#545b66' } : { value, type: String };
    }),
  );
  return { data, widths: widths.map((w) => Math.min(60, Math.ceil(w + 2))) };
}

/** The workbook's bytes. */
export async function tableXlsx(model: TableModel): Promise<Blob> {
  const { data, widths } = xlsxSheet(model);
  const blob = await writeXlsxFile(data, {
    sheet: sheetName(model.title),
    columns: widths.map((width) => ({ width })),
    stickyRowsCount: 1,
  }).toBlob();
  return blob.type === XLSX_TYPE ? blob : new Blob([blob], { type: XLSX_TYPE });
}
