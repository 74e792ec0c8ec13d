import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { decodeText } from './decode-text';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../tests/fixtures/import/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);

test('UTF-8, with and without a BOM (the BOM is dropped)', () => {
  expect(decodeText(utf8('指标,数值'))).toEqual({ text: '指标,数值', encoding: 'UTF-8' });
  expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('指标')]))).toEqual({
    text: '指标',
    encoding: 'UTF-8 BOM',
  });
});

test('UTF-16 with a BOM, as Excel\'s "Unicode text" writes it', () => {
  const le = new Uint8Array([0xff, 0xfe, 0x07, 0x63, 0x07, 0x68]);
  expect(decodeText(le)).toEqual({ text: '指标', encoding: 'UTF-16LE' });
  const be = new Uint8Array([0xfe, 0xff, 0x63, 0x07, 0x68, 0x07]);
  expect(decodeText(be)).toEqual({ text: '指标', encoding: 'UTF-16BE' });
});

test('GBK when the bytes are not UTF-8 (Excel in China)', () => {
  const out = decodeText(fixture('gbk.csv'));
  expect(out).toMatchObject({ encoding: 'GBK' });
  if ('text' in out) expect(out.text.startsWith('指标编号,指标名称,期间')).toBe(true);
  expect(decodeText(new Uint8Array([0xb0, 0xd7, 0xc6, 0xd1]))).toEqual({ text: '白蒲', encoding: 'GBK' });
});

test('bytes neither UTF-8 nor GBK, and binary files, are refused with a message', () => {
  expect(decodeText(fixture('invalid-encoding.csv'))).toMatchObject({
    error: { zh: expect.stringContaining('无法识别文件的编码') },
  });
  expect(decodeText(new Uint8Array([0x41, 0x00, 0x42]))).toMatchObject({
    error: { zh: '这不是文本文件，请另存为 .xlsx 或 .csv' },
  });
});
