import { expect, test } from 'vitest';
import type { Column } from './header';
import { derivedReason, formulaProblem, problem } from './messages';

const value: Column = { index: 3, role: 'value', label: '数值', periodLabels: [] };

test('messages say the line and the column, Chinese first', () => {
  expect(problem(7, value, 'value', { zh: '“5.6.2”不是数字', en: '"5.6.2" is not a number' })).toEqual({
    line: 7,
    column: '数值',
    field: 'value',
    message: { zh: '第 7 行“数值”列：“5.6.2”不是数字', en: 'Line 7, column "数值": "5.6.2" is not a number' },
  });
  expect(problem(3, undefined, 'period', { zh: '期间为空', en: 'No period' }).message).toEqual({
    zh: '第 3 行：期间为空',
    en: 'Line 3: No period',
  });
  expect(formulaProblem(5, value, 'value').message.zh).toBe('第 5 行“数值”列是公式，请粘贴为数值后再导入');
  expect(derivedReason(true).zh).toBe('该指标由项目台账自动计算，不能导入');
  expect(derivedReason('milestones-done').zh).toBe('该指标由任务节点自动计算，不能导入');
});
