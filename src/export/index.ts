/**
 * Export of charts and tables: loaded on demand by the export menu (src/components/export-menu.tsx),
 * never with the first page. The CSV and XLSX writers (papaparse, write-excel-file) load only when
 * that format is chosen.
 *
 * Each export is timed with `performance.measure('export:<format>')` around the work (building the
 * file, not saving it), which the bench reads (scripts/bench/export.mjs).
 */
import type { TableModel } from '../domain/spreadsheet-cell';
import { svgToPng } from './chart-png';
import { chartSvg } from './chart-svg';
import { safeFileName, saveBlob } from './download';
import type { ChartFooter, ChartFormat, TableFormat } from './types';

export type { ChartFooter, ChartFormat, LegendEntry, TableFormat } from './types';
export { chartSvg, CJK_FONT_STACK } from './chart-svg';
export { svgToPng } from './chart-png';
export { safeFileName, saveBlob } from './download';

/** Runs `work` between two marks and records it as the measure `export:<name>`. */
async function timed<T>(name: string, work: () => Promise<T> | T): Promise<T> {
  const start = `export:${name}:start`;
  performance.mark(start);
  const result = await work();
  performance.measure(`export:${name}`, start);
  performance.clearMarks(start);
  return result;
}

/** The chart's file as a Blob: an SVG, or a PNG at 2× drawn from that SVG. */
export async function chartBlob(svg: SVGSVGElement, footer: ChartFooter, format: ChartFormat): Promise<Blob> {
  return timed(format, async () => {
    const file = chartSvg(svg, footer);
    if (format === 'svg') return new Blob([file.text], { type: 'image/svg+xml;charset=utf-8' });
    return svgToPng(file);
  });
}

/** The table's file as a Blob: CSV (UTF-8 with BOM) or XLSX. */
export async function tableBlob(model: TableModel, format: TableFormat): Promise<Blob> {
  if (format === 'csv') {
    const { tableCsvBlob } = await import('./table-csv');
    return timed('csv', () => tableCsvBlob(model));
  }
  const { tableXlsx } = await import('./table-xlsx');
  return timed('xlsx', () => tableXlsx(model));
}

/** Exports the chart `svg` with its footer and saves it; resolves to the file name used. */
export async function exportChart(
  svg: SVGSVGElement,
  footer: ChartFooter,
  format: ChartFormat,
  fileName: string,
): Promise<string> {
  const blob = await chartBlob(svg, footer, format);
  const name = safeFileName(fileName, format);
  saveBlob(blob, name);
  return name;
}

/** Exports the table and saves it; resolves to the file name used. */
export async function exportTable(model: TableModel, format: TableFormat, fileName: string): Promise<string> {
  const blob = await tableBlob(model, format);
  const name = safeFileName(fileName, format);
  saveBlob(blob, name);
  return name;
}

// The bench build (`vite build --mode bench`) only: a hook to time CSV and XLSX of 1,000 × 12.
// Other builds compile this branch, and the module it loads, out.
if (import.meta.env.MODE === 'bench') void import('./bench-hook').then((m) => m.installExportBench());
