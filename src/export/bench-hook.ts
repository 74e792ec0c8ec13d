/**
 * The bench's hook (bench build only, see index.ts): `window.__exportBench.tables(runs)` builds the
 * table of the bench dataset's 1,000 indicators × the 12 months of 2020 from the in-page API and
 * times writing it as CSV and as XLSX (the file's bytes, not the download), `runs` times each.
 */
import { formatPeriod } from '../domain/format';
import type { TableModel } from '../domain/spreadsheet-cell';
import { tableCsvBlob } from './table-csv';
import { tableXlsx } from './table-xlsx';

interface BenchResult {
  readonly rows: number;
  readonly columns: number;
  readonly numbers: number;
  readonly csvMs: number[];
  readonly xlsxMs: number[];
  readonly csvBytes: number;
  readonly xlsxBytes: number;
}

declare global {
  interface Window {
    __exportBench?: { tables: (runs: number) => Promise<BenchResult> };
  }
}

interface ListBody {
  items: {
    indicator: { name: { zh: string }; unit: string; source: { title: string } };
    evaluation: { trend: { period: string; value: number }[] };
  }[];
}

async function benchModel(): Promise<TableModel> {
  const api = window.demoApi;
  if (!api) throw new Error('no in-page API in this build');
  const body = (await (await api.fetch('/api/indicators?period=2020-12')).json()) as ListBody;
  const months = Array.from({ length: 12 }, (_, i) => `2020-${String(i + 1).padStart(2, '0')}`);
  return {
    title: '白蒲镇 2020年各月指标完成情况',
    columns: [
      { header: '指标', kind: 'text' },
      { header: '单位', kind: 'text' },
      ...months.map((m) => ({ header: formatPeriod(m, 'zh-CN'), kind: 'number' as const })),
      { header: '来源', kind: 'text' },
    ],
    rows: body.items.map(({ indicator, evaluation }) => {
      const byMonth = new Map(evaluation.trend.map((p) => [p.period, p.value]));
      // Months without data repeat the last value, so that every one of the 12 cells is a number.
      let last = 0;
      const values = months.map((m) => (last = byMonth.get(m) ?? last));
      return [indicator.name.zh, indicator.unit, ...values, indicator.source.title];
    }),
    provenance: ['统计期：2020年1-12月', '截至：2020年12月31日', '示例数据：无公开来源，仅供演示'],
  };
}

export function installExportBench(): void {
  window.__exportBench = {
    async tables(runs) {
      const model = await benchModel();
      const csvMs: number[] = [];
      const xlsxMs: number[] = [];
      let csvBytes = 0;
      let xlsxBytes = 0;
      for (let i = 0; i < runs; i++) {
        let t = performance.now();
        csvBytes = tableCsvBlob(model).size;
        csvMs.push(performance.now() - t);
        t = performance.now();
        xlsxBytes = (await tableXlsx(model)).size;
        xlsxMs.push(performance.now() - t);
      }
      return {
        rows: model.rows.length,
        columns: model.columns.length,
        numbers: model.rows.reduce((n, r) => n + r.filter((c) => typeof c === 'number').length, 0),
        csvMs,
        xlsxMs,
        csvBytes,
        xlsxBytes,
      };
    },
  };
}
