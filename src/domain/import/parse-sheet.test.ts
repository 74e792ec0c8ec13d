import { expect, test } from 'vitest';
import { cellKey, parseSheet, type Cell, type ParsedSheet, type ParseOptions } from './parse-sheet';
import { TEMPLATE_HEADERS } from './template';
import { TEST_CATALOGUE } from './test-catalogue';

const catalogue = TEST_CATALOGUE;
const options: ParseOptions = { defaultStage: 'reported', defaultSource: '镇统计站' };
const HEADER: Cell[] = [...TEMPLATE_HEADERS];

function parsed(table: Cell[][], extra: Partial<ParseOptions> = {}): ParsedSheet {
  const out = parseSheet(table, catalogue, { ...options, ...extra });
  if ('error' in out) throw new Error(out.error.zh);
  return out;
}
const messages = (p: ParsedSheet) => p.rejected.map((r) => r.message.zh);

test('the template: rows with defaults for stage, as-of date and source', () => {
  const p = parsed([
    HEADER,
    ['foreign-trade', '外贸进出口总额', '2020-06', 5.62, '亿元', '审核', '2020-07-10', '海关', '快报'],
    ['', '工业亩均税收', '2020年1-6月', '１，２００', '元', '', '', '', ''],
    ['greening', '', '2020', 3, '', '', '', '', ''],
  ]);
  expect(p).toMatchObject({ layout: 'long', headerLine: 1, skipped: [], rejected: [] });
  expect(p.period).toBeUndefined();
  expect(p.rows).toEqual([
    {
      line: 2,
      indicatorId: 'foreign-trade',
      period: '2020-06',
      value: 5.62,
      stage: 'audited',
      asOf: '2020-07-10',
      source: '海关',
      note: '快报',
    },
    {
      line: 3,
      indicatorId: 'tax-per-mu',
      period: '2020-06',
      value: 0.12,
      stage: 'reported',
      asOf: '2020-06-30',
      source: '镇统计站',
    },
    {
      line: 4,
      indicatorId: 'greening',
      period: '2020',
      value: 3,
      stage: 'reported',
      asOf: '2020-12-31',
      source: '镇统计站',
    },
  ]);
});

test('the default as-of date is capped by the options', () => {
  const p = parsed([HEADER, ['greening', '', '2020', 3]], { defaultAsOf: '2020-07-15', defaultStage: 'audited' });
  expect(p.rows[0]).toMatchObject({ asOf: '2020-07-15', stage: 'audited' });
});

test('precise bilingual messages, one per problem, with line and column', () => {
  const p = parsed([
    HEADER,
    ['foreign-trade', '', '2020-06', '5.6.2'],
    ['foreign-trade', '', '2020年3-6月', 1, '', '复核', '2020-13-01'],
    ['greening', '', '2020-06', 3, '亿元'],
    ['signed', '', '2020-06', '21%'],
    ['foreign-trade', '', '2020-06', '5亿元', '万元'],
    ['tax-per-mu', '外贸进出口总额', '2020-06', 1],
  ]);
  expect(p.rows).toEqual([]);
  expect(messages(p)).toEqual([
    '第 2 行“数值”列：“5.6.2”不是数字',
    '第 3 行“期间”列：“2020年3-6月”不是从 1 月起的累计，请填 1–N 月累计（如“1-6月”）',
    '第 3 行“填报/审核”列：“复核”应为“填报”或“审核”',
    '第 3 行“截止日期”列：“2020-13-01”不是日期：请写成 2020-07-10',
    '第 4 行“单位”列：单位“亿元”无法换算为“公顷”',
    '第 5 行“数值”列：“21%”是百分数，但“新签约亿元项目”的单位是“个”',
    '第 6 行“单位”列：单位不一致：“亿元”与“万元”',
    '第 7 行“指标名称”列：编号“tax-per-mu”是“工业亩均税收”，名称却是“外贸进出口总额”',
  ]);
  expect(p.rejected[0]).toMatchObject({ line: 2, column: '数值', field: 'value' });
  expect(p.rejected[0]?.message.en).toBe('Line 2, column "数值": "5.6.2" is not a number');
});

test('derived indicators are rejected, unknown ones skipped, empty values and notes skipped', () => {
  const p = parsed([
    HEADER,
    ['started', '', '2020-06', 7],
    ['', '加快“白蒲节奏”', '2020-06', 1],
    ['rhythm2', '', '2020-06', 1],
    ['', '社会消费品零售总额', '2020-06', 8.8],
    ['foreign-trade', '', '2020-06', '—'],
    [null, null, null],
    ['注：以上为快报数'],
    ['数据来源：统计站'],
  ]);
  expect(p.rows).toEqual([]);
  expect(messages(p)).toEqual([
    '第 2 行“指标编号”列：该指标由项目台账自动计算，不能导入',
    '第 3 行“指标名称”列：该指标由项目台账自动计算，不能导入',
    '第 4 行“指标编号”列：该指标由任务节点自动计算，不能导入',
  ]);
  expect(p.skipped.map((s) => [s.line, s.reason.zh])).toEqual([
    [5, '未匹配到指标：“社会消费品零售总额”'],
    [6, '数值为空'],
    [8, '说明行'],
    [9, '说明行'],
  ]);
});

test('a later duplicate of indicator, period and stage is rejected, naming the first line', () => {
  const p = parsed([
    HEADER,
    ['foreign-trade', '', '2020-06', 5.62],
    ['foreign-trade', '', '2020年6月', 5.7],
    ['foreign-trade', '', '2020-06', 5.62, '', '审核'],
  ]);
  expect(p.rows.map((r) => r.line)).toEqual([2, 4]);
  expect(messages(p)).toEqual(['第 3 行“指标编号”列：与第 2 行重复（同一指标、期间和填报值）']);
});

test('formula cells (found by the reader) reject their row', () => {
  const p = parsed(
    [
      HEADER,
      ['foreign-trade', '', '2020-06', 5.62],
      ['foreign-trade-growth', '', '2020-06', 21],
      ['tax-per-mu', '', '2020-06', 3],
    ],
    { formulaCells: new Set([cellKey(3, 4), cellKey(4, 2), cellKey(1, 4)]) },
  );
  expect(p.rows.map((r) => r.line)).toEqual([2]);
  expect(messages(p)).toEqual([
    '第 3 行“数值”列是公式，请粘贴为数值后再导入',
    '第 4 行“指标名称”列是公式，请粘贴为数值后再导入',
  ]);
});

test('hostile headers ("__proto__", "constructor") are ignored columns and pollute nothing', () => {
  const p = parsed([
    ['__proto__', '指标编号', 'constructor', '期间', '数值', 'toString'],
    ['{"polluted":1}', 'foreign-trade', 'x', '2020-06', 5.62, 'y'],
  ]);
  expect(p.rows).toHaveLength(1);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
});

test('10,000 rows parse in well under a second', () => {
  const table: Cell[][] = [HEADER];
  for (let i = 0; i < 10_000; i++)
    table.push([
      i % 2 ? 'foreign-trade' : 'tax-per-mu',
      '',
      `${1950 + (i % 150)}-${String((i % 12) + 1).padStart(2, '0')}`,
      `${i},000.5`,
      '',
      i % 3 ? '填报' : '审核',
    ]);
  const started = performance.now();
  const p = parsed(table);
  expect(performance.now() - started).toBeLessThan(1000);
  expect(p.rows.length + p.rejected.length).toBe(10_000);
});
