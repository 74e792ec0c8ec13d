import { expect, test } from 'vitest';
import { isTextFormula, textFormulaCells } from './formula';

test('text a spreadsheet would evaluate', () => {
  for (const text of ['=SUM(A1:A3)', ' =1+1', '＝A1', '+A1', '-A1', '@SUM(1)', '-cmd|x', '+—'])
    expect(isTextFormula(text)).toBe(true);
  for (const text of ['5.62', '-5.3', '+12', '- 5', '-.5', '-', '--', '—', '', '外贸', "'=x", 'a=b']) {
    expect(isTextFormula(text)).toBe(false);
  }
});

test('formula cells of a table by line and column', () => {
  expect([
    ...textFormulaCells([
      ['指标', '数值'],
      ['外贸', '=1+1'],
      [null, 5, '@x'],
    ]),
  ]).toEqual(['2:2', '3:3']);
});
