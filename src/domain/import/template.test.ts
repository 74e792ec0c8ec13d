import { expect, test } from 'vitest';
import type { Observation } from '../observation';
import { tableGrid } from '../spreadsheet-cell';
import { parseSheet, type ImportIndicator } from './parse-sheet';
import { observationsTable, TEMPLATE_HEADERS, templateTable } from './template';

const catalogue: ImportIndicator[] = [
  {
    id: 'foreign-trade',
    name: { zh: '外贸进出口总额', en: 'Foreign trade' },
    unit: '亿元',
    kind: 'amount',
    cumulative: true,
  },
  {
    id: 'foreign-trade-growth',
    name: { zh: '外贸进出口增速', en: 'Growth' },
    unit: '%',
    kind: 'ratio',
    cumulative: false,
  },
  {
    id: 'above-scale-firms',
    name: { zh: '规上工业企业数', en: 'Firms' },
    unit: '家',
    kind: 'count',
    cumulative: false,
  },
  {
    id: 'new-billion-projects',
    name: { zh: '新开工亿元项目', en: 'Started' },
    unit: '个',
    kind: 'count',
    cumulative: true,
    derived: 'ledger-started',
  },
];

function observation(extra: Partial<Observation> & Pick<Observation, 'indicatorId' | 'period' | 'value'>): Observation {
  return {
    id: `${extra.indicatorId}:${extra.period}:${extra.recordedAt ?? ''}`,
    stage: 'reported',
    asOf: '2020-07-10',
    source: '镇统计站',
    sample: false,
    recordedAt: '2020-07-11T00:00:00.000Z',
    ...extra,
  };
}

test('the template has the nine columns in order, one row per importable indicator, and its notes', () => {
  const model = templateTable(catalogue);
  expect(model.columns.map((c) => c.header)).toEqual([...TEMPLATE_HEADERS]);
  expect(TEMPLATE_HEADERS).toEqual([
    '指标编号',
    '指标名称',
    '期间',
    '数值',
    '单位',
    '填报/审核',
    '截止日期',
    '来源',
    '备注',
  ]);
  expect(model.columns.find((c) => c.header === '数值')?.kind).toBe('number');
  expect(model.rows.map((r) => r[0])).toEqual(['foreign-trade', 'foreign-trade-growth', 'above-scale-firms']);
  expect(model.provenance.every((line) => line.startsWith('填报说明：'))).toBe(true);
});

test('the untouched template imports nothing and blocks nothing', () => {
  const out = parseSheet(tableGrid(templateTable(catalogue)), catalogue, {
    defaultStage: 'reported',
    defaultSource: '镇统计站',
  });
  expect(out).toMatchObject({ layout: 'long', headerLine: 1, rows: [], rejected: [] });
  if (!('error' in out))
    expect(out.skipped.map((s) => s.reason.zh)).toEqual([
      '数值为空',
      '数值为空',
      '数值为空',
      '说明行',
      '说明行',
      '说明行',
      '说明行',
    ]);
});

test('round trip: observations → table → parse gives the same values, periods, stages, dates, sources and notes', () => {
  const observations: Observation[] = [
    observation({ indicatorId: 'foreign-trade', period: '2020-06', value: 5.62, note: '=海关口径' }),
    observation({
      indicatorId: 'foreign-trade',
      period: '2020-06',
      value: 5.7,
      stage: 'audited',
      asOf: '2020-08-01',
      source: '海关',
    }),
    observation({ indicatorId: 'foreign-trade', period: '2019', value: 4.64, stage: 'audited' }),
    observation({ indicatorId: 'foreign-trade-growth', period: '2020Q2', value: 21, note: '-3 个百分点' }),
    observation({ indicatorId: 'above-scale-firms', period: '2020-03', value: 52, source: '+统计站' }),
    // An older value of the same indicator, period and stage: the latest one is what counts.
    observation({
      indicatorId: 'above-scale-firms',
      period: '2020-03',
      value: 50,
      recordedAt: '2020-04-01T00:00:00.000Z',
    }),
    // Derived values are computed, not stored: left out of the table.
    observation({ indicatorId: 'new-billion-projects', period: '2020-06', value: 7 }),
    observation({ indicatorId: 'not-in-catalogue', period: '2020-06', value: 1 }),
  ];
  const model = observationsTable(catalogue, observations);
  expect(model.columns.map((c) => c.header)).toEqual([...TEMPLATE_HEADERS]);
  const out = parseSheet(tableGrid(model), catalogue, { defaultStage: 'reported', defaultSource: '别的来源' });
  if ('error' in out) throw new Error(out.error.zh);
  expect(out.rejected).toEqual([]);
  const strip = ({ indicatorId, period, value, stage, asOf, source, note }: Observation) => ({
    indicatorId,
    period,
    value,
    stage,
    asOf,
    source,
    ...(note === undefined ? {} : { note }),
  });
  const expected = observations.filter((o) => o.value !== 50 && o.value !== 7 && o.value !== 1).map(strip);
  const got = out.rows.map(({ line: _line, ...row }) => row);
  expect(new Set(got.map((r) => JSON.stringify(r)))).toEqual(new Set(expected.map((r) => JSON.stringify(r))));
  expect(got).toHaveLength(expected.length);
});
