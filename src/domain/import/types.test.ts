import { expect, test } from 'vitest';
import { bi, cellKey } from './types';

test('cell keys are line:column, both 1-based', () => {
  expect(cellKey(5, 4)).toBe('5:4');
  expect(bi('中', 'en')).toEqual({ zh: '中', en: 'en' });
});
