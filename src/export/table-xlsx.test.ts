import fc from 'fast-check';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, type TableModel } from '../domain/spreadsheet-cell';
import { sheetName, tableXlsx, XLSX_TYPE, xlsxSheet } from './table-xlsx';

async function reread(blob: Blob) {
  return readXlsxFile(Buffer.from(await blob.arrayBuffer()));
}

const model: TableModel = {
  title: '指标一览 [2020年6月]: 全部/示例?',
  columns: [
    { header: '指标', kind: 'text' },
    { header: '目标', kind: 'number' },
    { header: '完成', kind: 'number' },
    { header: '备注', kind: 'text' },
  ],
  rows: [
    ['外贸进出口', 11.5, 5.62, '=1+1'],
    ['新开工亿元项目', 8, null, '-较上月减少'],
    ['工业开票销售', 0.1 + 0.2, -3, '+86 0513'],
  ],
  provenance: ['统计期：2020年6月', '来源：南通百姓网'],
};

describe('tableXlsx', () => {
  it('writes a workbook that re-reads to the same values: numbers as numbers, text neutralised', async () => {
    const blob = await tableXlsx(model);
    expect(blob.type).toBe(XLSX_TYPE);
    const [sheet, ...others] = await reread(blob);
    expect(others).toEqual([]);
    expect(sheet?.sheet).toBe('指标一览 2020年6月 全部 示例');
    expect(sheet?.data.slice(0, 4)).toEqual([
      ['指标', '目标', '完成', '备注'],
      ['外贸进出口', 11.5, 5.62, "'=1+1"],
      ['新开工亿元项目', 8, null, "'-较上月减少"],
      ['工业开票销售', 0.1 + 0.2, -3, "'+86 0513"],
    ]);
    expect(typeof sheet?.data[1]?.[1]).toBe('number');
    // The provenance below an empty row (read-excel-file drops trailing empty cells and rows' padding).
    const tail = sheet?.data.slice(4).map((row) => row.filter((c) => c !== null)) ?? [];
    expect(tail).toEqual([[], ['统计期：2020年6月'], ['来源：南通百姓网']]);
  });

  it('styles the header bold and sizes the columns to their content', () => {
    const { data, widths } = xlsxSheet(model);
    expect(data[0]?.[0]).toMatchObject({ value: '指标', fontWeight: 'bold' });
    expect(widths).toHaveLength(4);
    // 新开工亿元项目: seven CJK characters, about two units each.
    expect(widths[0]).toBeGreaterThanOrEqual(15);
    expect(widths.every((w) => w <= 60)).toBe(true);
  });

  it('for any text and number, the cell re-reads neutralised, and the number as that number', async () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', minLength: 1 }),
      fc.tuple(fc.constantFrom('=', '+', '-', '@', '＝', '\t='), fc.string()).map(([a, b]) => a + b),
    );
    await fc.assert(
      fc.asyncProperty(
        text,
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }),
        async (s, n) => {
          const [sheet] = await reread(
            await tableXlsx({
              title: s,
              columns: [
                { header: 'text', kind: 'text' },
                { header: 'number', kind: 'number' },
              ],
              rows: [[s, n]],
              provenance: [],
            }),
          );
          const [cell, number] = sheet?.data[1] ?? [];
          // XML has no place for some control characters; what is written of the text is neutralised.
          if (typeof cell === 'string') expect(cell.startsWith("'") || !/^[\s=+\-@＝]/.test(cell)).toBe(true);
          // eslint-disable-next-line no-control-regex
          if (/^[\p{L}\p{N}]/u.test(s) && !/[\u0000-\u001f]/.test(s)) expect(cell).toBe(neutraliseCell(s));
          expect(number).toBe(Object.is(n, -0) ? 0 : n);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('tableXlsx on a large table', () => {
  it('writes 1,000 rows × 14 columns (a sheet far over the 160 KB at which fflate zips in a worker) and re-reads them', async () => {
    const months = Array.from({ length: 12 }, (_, i) => `2020年${i + 1}月`);
    const rows = Array.from({ length: 1000 }, (_, r) => [
      `示例指标 ${r}`,
      ...months.map((_, m) => r * 0.01 + m),
      '=来源',
    ]);
    const blob = await tableXlsx({
      title: '1000 × 12',
      columns: [
        { header: '指标', kind: 'text' },
        ...months.map((header) => ({ header, kind: 'number' as const })),
        { header: '来源', kind: 'text' },
      ],
      rows,
      provenance: [],
    });
    expect(blob.size).toBeGreaterThan(20_000);
    const [sheet] = await reread(blob);
    expect(sheet?.data).toHaveLength(1001);
    expect(sheet?.data[1000]).toEqual(['示例指标 999', ...months.map((_, m) => 999 * 0.01 + m), "'=来源"]);
  });
});

describe('sheetName', () => {
  it.each([
    ['外贸进出口', '外贸进出口'],
    ['a[b]c:d*e?f/g\\h', 'a b c d e f g h'],
    ["'quoted'", 'quoted'],
    ['', 'Sheet1'],
    ['[]', 'Sheet1'],
    ['History', 'History1'],
    [
      '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三',
      '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一',
    ],
  ])('%j → %j', (title, name) => {
    expect(sheetName(title)).toBe(name);
  });

  it('is always a name Excel accepts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (title) => {
        const name = sheetName(title);
        expect(Array.from(name).length).toBeGreaterThan(0);
        expect(Array.from(name).length).toBeLessThanOrEqual(31);
        expect(name).not.toMatch(/[[\]:*?/\\]/);
        expect(name).not.toMatch(/^'|'$/);
      }),
    );
  });
});
