import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { EMPTY_MARKERS, numberFromInput, parseNumberCell } from './number';

const num = (value: number, percent = false) => ({ kind: 'number', value, percent });

test('numbers pass through; NaN, Infinity and booleans are invalid', () => {
  expect(parseNumberCell(5.62)).toEqual(num(5.62));
  expect(parseNumberCell(-0.5)).toEqual(num(-0.5));
  expect(parseNumberCell(Number.NaN).kind).toBe('invalid');
  expect(parseNumberCell(Number.POSITIVE_INFINITY).kind).toBe('invalid');
  expect(parseNumberCell(true).kind).toBe('invalid');
});

test('text as officials write it', () => {
  expect(parseNumberCell('５．６２')).toEqual(num(5.62));
  expect(parseNumberCell('1,234.5')).toEqual(num(1234.5));
  expect(parseNumberCell('1，234')).toEqual(num(1234));
  expect(parseNumberCell('１２，０００')).toEqual(num(12000));
  expect(parseNumberCell(' 1 234 ')).toEqual(num(1234));
  expect(parseNumberCell('－3.5')).toEqual(num(-3.5));
  expect(parseNumberCell('\u22123.5')).toEqual(num(-3.5));
  expect(parseNumberCell('+12')).toEqual(num(12));
  expect(parseNumberCell('.5')).toEqual(num(0.5));
  expect(parseNumberCell('1.23E+05')).toEqual(num(123000));
});

test('percentages keep their value and say so', () => {
  expect(parseNumberCell('21%')).toEqual(num(21, true));
  expect(parseNumberCell('２１．５％')).toEqual(num(21.5, true));
  expect(parseNumberCell('-3 %')).toEqual(num(-3, true));
});

test('a unit after the number is taken off and returned', () => {
  expect(parseNumberCell('5.62亿元')).toEqual({ kind: 'number', value: 5.62, percent: false, unit: '亿元' });
  expect(parseNumberCell('700万元')).toEqual({ kind: 'number', value: 700, percent: false, unit: '万元' });
  expect(parseNumberCell('44,066元')).toEqual({ kind: 'number', value: 44066, percent: false, unit: '元' });
});

test('empty markers are empty', () => {
  for (const marker of ['', '  ', '—', '–', '-', '/', '－', '——', '无', 'N/A', 'n/a', '#N/A', '…']) {
    expect(parseNumberCell(marker)).toEqual({ kind: 'empty' });
  }
  expect(parseNumberCell(null)).toEqual({ kind: 'empty' });
});

test('anything else is invalid with a bilingual reason quoting the cell', () => {
  const cases: [string, string][] = [
    ['5.6.2', '“5.6.2”不是数字'],
    ['5.62亿', '单位请写“亿元”“万元”'],
    ['1,23', '千位分隔符应每三位一个'],
    ['约5', '“约5”不是数字'],
    ['5%%', '不是数字'],
    ['0x10', '不是数字'],
    ['Infinity', '不是数字'],
    ['1e999', '超出可表示的范围'],
  ];
  for (const [text, zh] of cases) {
    const parsed = parseNumberCell(text);
    expect(parsed.kind).toBe('invalid');
    if (parsed.kind === 'invalid') {
      expect(parsed.reason.zh).toContain(zh);
      expect(parsed.reason.en.length).toBeGreaterThan(0);
    }
  }
});

const FULL_WIDTH: Record<string, string> = { ',': '，', '.': '．', '-': '－', '+': '＋', e: 'ｅ' };

/** Thousands separators into the integer part of a plain decimal string. */
function group(text: string): string {
  const m = /^(-?)(\d+)(.*)$/.exec(text);
  if (!m) return text;
  return `${m[1]}${(m[2] ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${m[3]}`;
}

function fullWidth(text: string): string {
  return [...text]
    .map((ch) => (/\d/.test(ch) ? String.fromCharCode(0xff10 + Number(ch)) : (FULL_WIDTH[ch] ?? ch)))
    .join('');
}

test('property: any finite number written with separators and full-width forms parses back exactly', () => {
  fc.assert(
    fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.boolean(), (x, grouped, wide) => {
      let text = String(x === 0 ? 0 : x);
      if (grouped && !/e/.test(text)) text = group(text);
      if (wide) text = fullWidth(text);
      const parsed = parseNumberCell(text);
      expect(parsed).toEqual({ kind: 'number', value: x === 0 ? 0 : x, percent: false });
    }),
  );
});

/** Characters numbers are made of, in every width, and their neighbours in real sheets. */
const NUMBERISH = [...'0123456789０１２３４５６７８９.．,，+-－−%％eE 　亿万元个—/无\u0000\uFFFF'];

test('property: any string parses without throwing to one of the three kinds', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...NUMBERISH) })), (text) => {
      const parsed = parseNumberCell(text);
      if (parsed.kind === 'number') return Number.isFinite(parsed.value);
      if (parsed.kind === 'invalid') return parsed.reason.zh.length > 0 && parsed.reason.en.length > 0;
      return parsed.kind === 'empty';
    }),
  );
});

test('property: every empty marker, padded with spaces, is empty', () => {
  fc.assert(
    fc.property(fc.constantFrom(...EMPTY_MARKERS), fc.nat(3), fc.nat(3), (marker, before, after) => {
      expect(parseNumberCell(`${' '.repeat(before)}${marker}${'\u3000'.repeat(after)}`)).toEqual({ kind: 'empty' });
    }),
  );
});

describe('numberFromInput', () => {
  test('reads what a Chinese keyboard types, and nothing it cannot be sure of', () => {
    expect(numberFromInput('７.５')).toBe(7.5);
    expect(numberFromInput(' 1，234．5 ')).toBe(1234.5);
    expect(numberFromInput('12')).toBe(12);
    expect(numberFromInput('')).toBeNaN();
    expect(numberFromInput('1,23')).toBeNaN();
    expect(numberFromInput('21%')).toBeNaN();
    expect(numberFromInput('5亿元')).toBeNaN();
    expect(numberFromInput('abc')).toBeNaN();
  });
});
