import { expect, test } from 'vitest';
import { MAX_IMPORT_ROWS } from '../import-contract';
import { parseSheet, type Cell, type ParsedSheet, type ParseOptions } from './parse-sheet';
import { TEMPLATE_HEADERS } from './template';
import { TEST_CATALOGUE as catalogue } from './test-catalogue';

const options: ParseOptions = { defaultStage: 'reported', defaultSource: '镇统计站' };
const HEADER: Cell[] = [...TEMPLATE_HEADERS];

function parsed(table: Cell[][]): ParsedSheet {
  const out = parseSheet(table, catalogue, options);
  if ('error' in out) throw new Error(out.error.zh);
  return out;
}

test('the statistics office layout: period from the title and the value header, units from names', () => {
  const p = parsed([
    ['白蒲镇2020年1-6月主要指标完成情况表'],
    ['指标', '1-6月累计'],
    ['外贸进出口总额（亿元）', '５．６２'],
    ['工业亩均税收（元）', '12,000'],
    ['外贸进出口增速', '21%'],
  ]);
  expect(p).toMatchObject({ layout: 'wide', headerLine: 2, period: '2020-06', rejected: [] });
  expect(p.rows.map((r) => [r.indicatorId, r.period, r.value])).toEqual([
    ['foreign-trade', '2020-06', 5.62],
    ['tax-per-mu', '2020-06', 1.2],
    ['foreign-trade-growth', '2020-06', 21],
  ]);
});

test('a unit in the value header and "单位：" above the table', () => {
  const p = parsed([
    ['2020年6月'],
    ['单位：万元'],
    ['指标名称', '数值'],
    ['外贸进出口总额', 56200],
    ['新签约亿元项目', 3],
  ]);
  expect(p.rows.map((r) => [r.indicatorId, r.value])).toEqual([
    ['foreign-trade', 5.62],
    ['signed', 3],
  ]);
  const q = parsed([['2020年'], ['指标名称', '数值（万元）'], ['外贸进出口总额', 56200]]);
  expect(q.rows[0]).toMatchObject({ period: '2020', value: 5.62 });
});

test('file-level errors: empty, no header, no period, no year, conflicting periods, too many rows', () => {
  const error = (table: Cell[][]) => {
    const out = parseSheet(table, catalogue, options);
    return 'error' in out ? out.error.zh : null;
  };
  expect(error([])).toBe('工作表是空的');
  expect(error([[null, ''], []])).toBe('工作表是空的');
  expect(error([['白蒲镇'], ['外贸', 5]])).toContain('找不到表头');
  expect(
    error([
      ['指标', '数值'],
      ['外贸进出口总额', 5],
    ]),
  ).toContain('找不到期间');
  expect(
    error([
      ['指标', '1-6月累计'],
      ['外贸进出口总额', 5],
    ]),
  ).toContain('没有写年份');
  expect(error([['2020年1-6月'], ['指标', '1-5月累计'], ['外贸进出口总额', 5]])).toContain('不一致');
  const many: Cell[][] = [HEADER];
  for (let i = 0; i <= MAX_IMPORT_ROWS; i++) many.push(['foreign-trade', '', '2020-06', i]);
  expect(error(many)).toBe('文件超过 20,000 行，请拆分后导入');
  many.pop();
  many.push([], [], []);
  expect(error(many)).toBeNull();
});
