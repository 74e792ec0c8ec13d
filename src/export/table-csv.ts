/**
 * A table as CSV that Excel and WPS open correctly in China: UTF-8 with a byte order mark (without
 * it Excel reads the bytes as GBK and shows mojibake), CRLF line ends, fields quoted where RFC 4180
 * needs it (a comma, quote, CR or LF inside; a leading or trailing space), every text cell
 * neutralised against formula injection, numbers written as numbers.
 *
 * Layout (the same as the XLSX): row 1 is the header, so the file stays machine-readable; then
 * the rows; then one empty row and the provenance lines, one per row in the first column.
 */
import Papa from 'papaparse';
import { tableGrid, type TableModel } from '../domain/spreadsheet-cell';

export const BOM = '\uFEFF';

/** The CSV text, BOM first. */
export function tableCsv(model: TableModel): string {
  const grid = tableGrid(model);
  return `${BOM}${Papa.unparse(grid, { newline: '\r\n', quotes: false, escapeFormulae: false })}\r\n`;
}

export function tableCsvBlob(model: TableModel): Blob {
  return new Blob([tableCsv(model)], { type: 'text/csv;charset=utf-8' });
}
