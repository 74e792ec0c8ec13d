import { expect, test } from 'vitest';
import { parseDateCell } from './date';

test('as-of dates in the usual spellings', () => {
  for (const cell of ['2020-07-10', '2020/7/10', '2020.7.10', '2020年7月10日', '２０２０－０７－１０']) {
    expect(parseDateCell(cell)).toEqual({ kind: 'date', iso: '2020-07-10' });
  }
  for (const cell of [null, '', '—', '/']) expect(parseDateCell(cell)).toEqual({ kind: 'empty' });
});

test('numbers (unrecognised Excel serials), impossible dates and text are invalid', () => {
  for (const cell of [44022, '2020-02-30', '7月10日', 'soon', true]) {
    const parsed = parseDateCell(cell);
    expect(parsed.kind).toBe('invalid');
    if (parsed.kind === 'invalid') expect(parsed.reason.zh).toContain('不是日期：请写成 2020-07-10');
  }
});
