import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, type TableModel } from '../domain/spreadsheet-cell';
import { BOM, tableCsv, tableCsvBlob } from './table-csv';

/** What a spreadsheet would evaluate (see spreadsheet-cell.ts). */
// eslint-disable-next-line no-control-regex
const EVALUATED = /^[\s\u0000-\u001f\u007f]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\u0000-\u001f\u007f]/;

/** RFC 4180 parsing, as a spreadsheet reads the file (the BOM removed first, as Excel does). */
function parse(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(1), { delimiter: ',', newline: '\r\n', quoteChar: '"' });
  expect(result.errors).toEqual([]);
  return result.data;
}

const model: TableModel = {
  title: '外贸进出口 · 完成情况走势',
  columns: [
    { header: '月份', kind: 'text' },
    { header: '实际完成（亿元）', kind: 'number' },
    { header: '示例', kind: 'text' },
    { header: '备注', kind: 'text' },
  ],
  rows: [
    ['2020年1月', 0.81, '示例', '=HYPERLINK("http://evil","点我")'],
    ['2020年2月', -0.25, '', '含逗号, 引号"和\r\n换行'],
    ['2020年3月', null, '', '@SUM(1)'],
    ['2020年4月', 1e21, '', ' 前后空格 '],
  ],
  provenance: ['外贸进出口 · 完成情况走势', '单位：亿元', '来源：南通百姓网《白蒲镇2020年工作要点》'],
};

describe('tableCsv', () => {
  it('starts with the BOM, ends lines with CRLF, and re-parses to the same cells', () => {
    const csv = tableCsv(model);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).toBe('月份,实际完成（亿元）,示例,备注');
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parse(csv);
    expect(rows.slice(0, 5)).toEqual([
      ['月份', '实际完成（亿元）', '示例', '备注'],
      ['2020年1月', '0.81', '示例', '\'=HYPERLINK("http://evil","点我")'],
      ['2020年2月', '-0.25', '', '含逗号, 引号"和\r\n换行'],
      ['2020年3月', '', '', "'@SUM(1)"],
      ['2020年4月', '1e+21', '', ' 前后空格 '],
    ]);
    // Numbers are written bare, never quoted or prefixed: a spreadsheet reads them as numbers.
    expect(csv).toContain(',-0.25,');
    // One empty row, then the provenance lines in the first column.
    expect(rows.slice(5)).toEqual([[''], ...model.provenance.map((l) => [l]), ['']]);
  });

  it('is a UTF-8 Blob with the BOM bytes first', async () => {
    const bytes = new Uint8Array(await tableCsvBlob(model).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('外贸进出口');
  });

  it('for any text, the parsed field is the neutralised text and never starts a formula', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc
        .tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '\0', '"=', ' ="', '＝', ','), fc.string())
        .map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(text, fc.double({ noNaN: true, noDefaultInfinity: true }), (cell, n) => {
        const csv = tableCsv({
          title: 't',
          columns: [
            { header: 'a', kind: 'text' },
            { header: 'b', kind: 'number' },
          ],
          rows: [[cell, n]],
          provenance: [],
        });
        const rows = parse(csv);
        const field = rows[1]?.[0] ?? '';
        expect(field).toBe(neutraliseCell(cell));
        expect(EVALUATED.test(field)).toBe(false);
        // The number reads back as the same number.
        expect(Number(rows[1]?.[1])).toBe(n === 0 ? 0 : n);
      }),
      { numRuns: 1000 },
    );
  });
});
