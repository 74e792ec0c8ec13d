import { expect, test } from 'vitest';
import { benchmarkSetSchema, valueInUnit, type BenchmarkSet, type BenchmarkValue } from '../../src/domain/benchmark';
import { seedBenchmarkSets } from './benchmarks';
import { comparisonIndicators } from './comparison-indicators';
import { seedDataset } from './index';
import { seedIndicators } from './indicators';
import { SAMPLE_TITLE } from './sources';

const { indicators, benchmarkSets: sets } = seedDataset();
const byId = new Map(indicators.map((i) => [i.id, i]));

function set(id: string): BenchmarkSet {
  const found = sets.find((s) => s.id === id);
  if (!found) throw new Error(`missing set ${id}`);
  return found;
}

function valueOf(setId: string, memberId: string, indicatorId: string, year: number): BenchmarkValue | undefined {
  return set(setId)
    .members.find((m) => m.id === memberId)
    ?.values.find((v) => v.indicatorId === indicatorId && v.year === year);
}

const allValues = sets.flatMap((s) => s.members.flatMap((m) => m.values.map((v) => ({ set: s.id, member: m.id, v }))));

test('three sets, each parsing, with the default set first', () => {
  expect(sets.map((s) => s.id)).toEqual(['sunan-benchmark', 'rugao-peers', 'own-plan']);
  for (const s of sets) expect(() => benchmarkSetSchema.parse(s), s.id).not.toThrow();
  for (const s of sets)
    for (const m of s.members) expect(m.basis.zh.length, `${s.id}/${m.id} 确定依据`).toBeGreaterThan(5);
});

test('every value is of a known indicator, in a unit that converts to its unit', () => {
  for (const { set: s, member, v } of allValues) {
    const indicator = byId.get(v.indicatorId);
    expect(indicator, `${s}/${member}/${v.indicatorId}`).toBeDefined();
    expect(valueInUnit(v, indicator!.unit), `${s}/${member}/${v.indicatorId}`).not.toBeNull();
  }
});

test('every sourced figure of domain.md appears with its year, unit and growth', () => {
  const expected: [string, string, number, number, number?][] = [
    ['kunshan-zhouzhuang', 'gdp', 2019, 49.5],
    ['kunshan-zhouzhuang', 'fiscal-revenue', 2019, 4.3, 27.8],
    ['kunshan-zhouzhuang', 'fixed-asset-investment', 2019, 12.4],
    ['kunshan-zhouzhuang', 'industrial-output', 2019, 31.8],
    ['kunshan-zhouzhuang', 'disposable-income', 2019, 4.4066],
    ['wujiang-zhenze', 'gdp', 2016, 118.36],
    ['wujiang-zhenze', 'fiscal-revenue', 2016, 6.38, 31.7],
    ['wujiang-zhenze', 'fixed-asset-investment', 2016, 29.28],
    ['jiangyin-zhouzhuang', 'gdp', 2023, 412.38],
    ['jiangyin-zhouzhuang', 'fiscal-revenue', 2023, 15.66],
    ['top100-towns-average', 'fiscal-revenue', 2021, 18.59],
  ];
  for (const [member, indicatorId, year, value, growth] of expected) {
    const v = valueOf('sunan-benchmark', member, indicatorId, year);
    expect(v, `${member} ${indicatorId} ${year}`).toMatchObject({ value, sample: false });
    expect(v?.growthPct).toBe(growth);
    expect(v?.source.title).not.toBe(SAMPLE_TITLE);
  }
  // Exactly these: nothing else in the set is claimed as sourced.
  expect(set('sunan-benchmark').members.flatMap((m) => m.values)).toHaveLength(expected.length);
  expect(valueOf('sunan-benchmark', 'kunshan-zhouzhuang', 'disposable-income', 2019)).toMatchObject({ unit: '万元' });
  expect(valueOf('sunan-benchmark', 'kunshan-zhouzhuang', 'disposable-income', 2019)?.note?.zh).toContain('44,066元');
  // The industrial Zhouzhuang of Jiangyin is told apart from the water town.
  const jiangyin = set('sunan-benchmark').members.find((m) => m.id === 'jiangyin-zhouzhuang');
  expect(jiangyin?.basis.zh).toContain('同名');
  expect(jiangyin?.name.zh).toBe('江阴周庄镇');
});

test('no value without a source, and the sample flag matches the sample source both ways', () => {
  for (const { set: s, member, v } of allValues) {
    expect(v.source.title.length, `${s}/${member}/${v.indicatorId}`).toBeGreaterThan(0);
    expect(v.sample, `${s}/${member}/${v.indicatorId}@${v.year}`).toBe(v.source.title === SAMPLE_TITLE);
  }
  // The Rugao breakdown by town has no public source: all sample, and the county GDP is only context.
  const rugao = set('rugao-peers').members.flatMap((m) => m.values);
  expect(rugao.length).toBeGreaterThan(10);
  for (const v of rugao) expect(v.sample).toBe(true);
  expect(rugao.some((v) => v.note?.zh.includes('1215.18'))).toBe(true);
  // Growth only where a source gives it.
  for (const { v } of allValues) if (v.sample) expect(v.growthPct).toBeUndefined();
});

test('own-plan mirrors the report indicators: 2020 targets and 2019 baselines with their flags', () => {
  const plan = set('own-plan').members.find((m) => m.kind === 'own-plan');
  const last = set('own-plan').members.find((m) => m.kind === 'own-last-year');
  const foreignTrade = seedIndicators.find((i) => i.id === 'foreign-trade')!;
  expect(plan?.values.find((v) => v.indicatorId === 'foreign-trade')).toMatchObject({
    value: foreignTrade.targets.find((t) => t.year === 2020)!.value,
    year: 2020,
    sample: true,
  });
  expect(last?.values.find((v) => v.indicatorId === 'foreign-trade')).toMatchObject({
    value: 5.62,
    year: 2019,
    sample: false,
    source: foreignTrade.baseline!.source,
  });
  const ids = new Set(set('own-plan').members.flatMap((m) => m.values.map((v) => v.indicatorId)));
  for (const id of ids) {
    const i = seedIndicators.find((x) => x.id === id);
    expect(i, id).toBeDefined();
    expect(i!.kind).not.toBe('milestone');
    expect(i!.category).not.toBe('county');
  }
});

test('comparison indicators: the five 三量 amounts, all sample, saying so', () => {
  expect(comparisonIndicators.map((i) => i.id)).toEqual([
    'gdp',
    'fiscal-revenue',
    'fixed-asset-investment',
    'industrial-output',
    'disposable-income',
  ]);
  for (const i of comparisonIndicators) {
    expect(i).toMatchObject({ category: 'sanliang', kind: 'amount', cumulative: true, headline: false });
    expect(i.baseline).toMatchObject({ year: 2019, sample: true });
    expect(i.targets.map((t) => [t.year, t.sample])).toEqual([[2020, true]]);
    expect(i.caveat?.zh).toContain('未找到');
    expect(i.caveat?.zh).toContain('示例');
  }
  expect(comparisonIndicators.find((i) => i.id === 'disposable-income')?.unit).toBe('万元');
  expect(seedIndicators.some((i) => comparisonIndicators.some((c) => c.id === i.id))).toBe(false);
});

test('fresh copies per call', () => {
  const a = seedBenchmarkSets(seedIndicators);
  a[0]!.members[0]!.values.length = 0;
  expect(seedBenchmarkSets(seedIndicators)[0]!.members[0]!.values.length).toBeGreaterThan(0);
});
