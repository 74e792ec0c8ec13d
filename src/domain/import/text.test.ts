import { expect, test } from 'vitest';
import { cellText, columnLetter, compactKey, isBlank, normaliseText, unneutralise } from './text';

test('normaliseText: full-width forms to ASCII, spaces collapsed, Chinese kept', () => {
  expect(normaliseText('　外贸（亿元）：５．６２　')).toBe('外贸(亿元):5.62');
  expect(normaliseText('a \t b\u00a0\u3000c')).toBe('a b c');
  expect(normaliseText('\u22125')).toBe('-5');
  expect(normaliseText('——')).toBe('——');
  expect(compactKey(' Indicator  ID ')).toBe('indicatorid');
});

test("unneutralise takes off only the export's apostrophe", () => {
  expect(unneutralise("'=SUM(A1)")).toBe('=SUM(A1)');
  expect(unneutralise("'-3%")).toBe('-3%');
  expect(unneutralise("'abc")).toBe("'abc");
  expect(unneutralise('abc')).toBe('abc');
});

test('blank cells, cell text and column letters', () => {
  for (const blank of [null, undefined, '', '  ', '\u3000', '\u00a0']) expect(isBlank(blank)).toBe(true);
  for (const filled of [0, false, 'x', ' x', '—']) expect(isBlank(filled)).toBe(false);
  expect(cellText(5.62)).toBe('5.62');
  expect(cellText(true)).toBe('TRUE');
  expect(cellText(" '=x ")).toBe('=x');
  expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
});
