import { expect, test } from 'vitest';
import writeExcelFile, { type SheetData } from 'write-excel-file/node';
import { MAX_IMPORT_FILE_BYTES } from '../../domain/import-contract';
import { readTable, type TableRead } from './read-table';

const utf8 = (text: string) => new TextEncoder().encode(text);
const xlsx = async (data: SheetData) => new Uint8Array(await writeExcelFile(data).toBuffer());
const workbook = async (sheets: { sheet: string; data: SheetData }[]) =>
  new Uint8Array(await writeExcelFile(sheets).toBuffer());

async function read(bytes: Uint8Array, name: string, sheet?: string): Promise<TableRead> {
  const out = await readTable(bytes, name, sheet);
  if ('error' in out) throw new Error(out.error.zh);
  return out;
}
async function error(bytes: Uint8Array, name: string, sheet?: string): Promise<string> {
  const out = await readTable(bytes, name, sheet);
  return 'error' in out ? out.error.zh : 'no error';
}

test('a CSV: cells as text, line numbers kept, quoted newlines one record, text formulas found', async () => {
  const out = await read(utf8('指标,数值\r\n外贸,"5.62"\r\n\r\n"多行\n说明",=1+1\r\n'), '6月.csv');
  expect(out).toMatchObject({ sheets: ['6月'], sheet: '6月', encoding: 'UTF-8' });
  expect(out.table).toEqual([['指标', '数值'], ['外贸', '5.62'], [''], ['多行\n说明', '=1+1']]);
  expect([...out.formulaCells]).toEqual(['4:2']);
});

test('tab- and semicolon-separated text is detected', async () => {
  expect((await read(utf8('指标\t数值\n外贸\t5.62\n'), 'a.txt')).table).toEqual([
    ['指标', '数值'],
    ['外贸', '5.62'],
  ]);
  expect((await read(utf8('指标;数值\n外贸;5,62\n'), 'a.csv')).table).toEqual([
    ['指标', '数值'],
    ['外贸', '5,62'],
  ]);
});

test('an unclosed quote is a damaged file, with its line', async () => {
  expect(await error(utf8('指标,数值\n外贸,"5.62\n'), 'a.csv')).toBe('第 2 行的引号不成对，文件可能已损坏');
});

test('empty, too large, legacy, not-a-zip and unknown files get a clear message', async () => {
  expect(await error(new Uint8Array(0), 'a.xlsx')).toBe('文件是空的');
  expect(await error(new Uint8Array(MAX_IMPORT_FILE_BYTES + 1), 'a.csv')).toBe('文件超过 10 MB，请拆分后导入');
  const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
  expect(await error(ole, 'a.xls')).toContain('旧版 Excel（.xls）');
  expect(await error(ole, 'renamed.xlsx')).toContain('请另存为 .xlsx 或 .csv');
  expect(await error(utf8('<html></html>'), 'a.xlsx')).toContain('不是有效的 .xlsx（不是 zip 格式）');
  expect(await error(utf8('%PDF-1.4'), 'a.pdf')).toBe('不支持这种文件，请另存为 .xlsx 或 .csv 后再导入');
  expect(await error(utf8('<html></html>'), 'a.xls')).toContain('不支持这种文件');
});

test('a zip that is not a workbook', async () => {
  const { zipSync } = await import('fflate');
  expect(await error(zipSync({ 'word/document.xml': utf8('<w/>') }), 'a.docx')).toContain('压缩包里没有 Excel 工作簿');
});

test('an XLSX: sheets listed, the first by default or the chosen one, dates as ISO text, numbers as numbers', async () => {
  const bytes = await workbook([
    { sheet: '封面', data: [['白蒲镇']] },
    {
      sheet: '6月',
      data: [
        ['指标', '数值', '截止日期', '比重'],
        [
          '外贸',
          5.62,
          { value: new Date('2020-07-10T00:00:00Z'), type: Date, format: 'yyyy-mm-dd' },
          { value: 0.355, format: '0.0%' },
        ],
        [null, { value: 1234.5, format: '#,##0.00' }, null, { value: 0.21, format: '0%' }],
      ],
    },
  ]);
  expect(await read(bytes, 'a.xlsx')).toMatchObject({ sheets: ['封面', '6月'], sheet: '封面', table: [['白蒲镇']] });
  const june = await read(bytes, 'a.xlsx', '6月');
  expect(june.sheet).toBe('6月');
  expect(june.encoding).toBeUndefined();
  expect(june.table).toEqual([
    ['指标', '数值', '截止日期', '比重'],
    ['外贸', 5.62, '2020-07-10', '35.5%'],
    [null, 1234.5, null, '21%'],
  ]);
  const missing = await readTable(bytes, 'a.xlsx', '7月');
  expect(missing).toEqual({
    error: { zh: '找不到工作表“7月”', en: 'No sheet is named "7月"' },
    sheets: ['封面', '6月'],
  });
});

test('formula cells of an XLSX are reported by line and column', async () => {
  const bytes = await xlsx([
    ['指标', '数值'],
    ['外贸', 5.62],
    ['两倍', { type: 'Formula', value: 'B2*2' }],
  ]);
  expect([...(await read(bytes, 'a.xlsx')).formulaCells]).toEqual(['3:2']);
});

test('a title row merged over several columns reads as the text then nulls', async () => {
  const bytes = await xlsx([
    [{ value: '白蒲镇2020年1-6月主要指标完成情况表', columnSpan: 3 }, null, null],
    ['指标', '单位', '1-6月累计'],
  ]);
  expect((await read(bytes, 'a.xlsx')).table).toEqual([
    ['白蒲镇2020年1-6月主要指标完成情况表', null, null],
    ['指标', '单位', '1-6月累计'],
  ]);
});
