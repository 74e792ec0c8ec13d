import { expect, test } from 'vitest';
import {
  averageOf,
  benchmarkMemberSchema,
  benchmarkSetSchema,
  benchmarkValueSchema,
  convertUnit,
  gapNoteSchema,
  MEMBER_KINDS,
  memberKindSchema,
  memberValueFor,
  valueInUnit,
  type BenchmarkMember,
  type BenchmarkSet,
  type BenchmarkValue,
} from './benchmark';

const ZHOUZHUANG_SOURCE = { title: '周庄镇2019年国民经济和社会发展统计公报', publisher: '昆山市周庄镇' };

function value(extra: Partial<BenchmarkValue> = {}): BenchmarkValue {
  return {
    indicatorId: 'fiscal-revenue',
    value: 4.3,
    year: 2019,
    unit: '亿元',
    growthPct: 27.8,
    source: ZHOUZHUANG_SOURCE,
    sample: false,
    ...extra,
  };
}

function zhouzhuang(extra: Partial<BenchmarkMember> = {}): BenchmarkMember {
  return {
    id: 'kunshan-zhouzhuang',
    name: { zh: '昆山周庄镇', en: 'Zhouzhuang, Kunshan' },
    kind: 'peer-town',
    basis: { zh: '“南有周庄、北有白蒲”的水乡古镇', en: 'The water town of the saying' },
    values: [value(), value({ indicatorId: 'gdp', value: 49.5, growthPct: undefined })],
    ...extra,
  };
}

function set(extra: Partial<BenchmarkSet> = {}): BenchmarkSet {
  return {
    id: 'sunan-benchmark-towns',
    name: { zh: '苏南标杆镇', en: 'Southern Jiangsu benchmark towns' },
    description: { zh: '向南对齐', en: 'Align with the south' },
    asOf: '2020-04-27',
    members: [
      zhouzhuang(),
      {
        id: 'wujiang-zhenze',
        name: { zh: '吴江震泽镇', en: 'Zhenze, Wujiang' },
        kind: 'peer-town',
        basis: { zh: '苏南丝绸名镇', en: 'A silk town of southern Jiangsu' },
        values: [value({ value: 6.38, year: 2016, growthPct: 31.7 })],
      },
    ],
    ...extra,
  };
}

test('MEMBER_KINDS are the six kinds of benchmark', () => {
  expect(MEMBER_KINDS).toEqual([
    'peer-town',
    'county-average',
    'city-best',
    'national-top100-average',
    'own-plan',
    'own-last-year',
  ]);
  expect(memberKindSchema.safeParse('province-average').success).toBe(false);
});

test('benchmarkSetSchema accepts a set of peers whose values are of different years', () => {
  expect(benchmarkSetSchema.safeParse(set()).success).toBe(true);
});

test('benchmarkSetSchema rejects duplicate member ids', () => {
  const result = benchmarkSetSchema.safeParse(set({ members: [zhouzhuang(), zhouzhuang()] }));
  expect(result.success).toBe(false);
  expect(result.error?.issues[0]?.message).toBe('member ids must be unique');
});

test('benchmarkSetSchema rejects a bad id, an impossible date and an empty name', () => {
  expect(benchmarkSetSchema.safeParse(set({ id: '苏南' })).success).toBe(false);
  expect(benchmarkSetSchema.safeParse(set({ asOf: '2020-02-30' })).success).toBe(false);
  expect(benchmarkSetSchema.safeParse(set({ name: { zh: '', en: 'x' } })).success).toBe(false);
});

test('benchmarkMemberSchema needs a basis (确定依据) and a known kind', () => {
  const { basis: _basis, ...withoutBasis } = zhouzhuang();
  expect(benchmarkMemberSchema.safeParse(withoutBasis).success).toBe(false);
  expect(benchmarkMemberSchema.safeParse({ ...zhouzhuang(), kind: 'rival' }).success).toBe(false);
});

test('benchmarkMemberSchema allows one value per indicator and year, and several years of one indicator', () => {
  const twoYears = zhouzhuang({ values: [value(), value({ year: 2018, value: 3.36 })] });
  expect(benchmarkMemberSchema.safeParse(twoYears).success).toBe(true);
  const twice = benchmarkMemberSchema.safeParse(zhouzhuang({ values: [value(), value({ value: 5 })] }));
  expect(twice.success).toBe(false);
  expect(twice.error?.issues[0]?.message).toBe('a member has at most one value per indicator and year');
});

test('benchmarkValueSchema rejects an unknown unit, a non-finite value, a fractional year and growth of −100%', () => {
  expect(benchmarkValueSchema.safeParse(value()).success).toBe(true);
  expect(benchmarkValueSchema.safeParse({ ...value(), unit: '元' }).success).toBe(false);
  expect(benchmarkValueSchema.safeParse(value({ value: Number.POSITIVE_INFINITY })).success).toBe(false);
  expect(benchmarkValueSchema.safeParse(value({ value: Number.NaN })).success).toBe(false);
  expect(benchmarkValueSchema.safeParse(value({ year: 2019.5 })).success).toBe(false);
  expect(benchmarkValueSchema.safeParse(value({ growthPct: -100 })).success).toBe(false);
});

test('benchmarkValueSchema accepts zero, negative and sample values without growth', () => {
  expect(benchmarkValueSchema.safeParse(value({ value: 0, growthPct: undefined, sample: true })).success).toBe(true);
  expect(benchmarkValueSchema.safeParse(value({ value: -1.5 })).success).toBe(true);
});

test('gapNoteSchema accepts a dated cause and a measure with an owner, and rejects empty text', () => {
  const note = {
    id: 'n1',
    setId: 'sunan-benchmark-towns',
    indicatorId: 'fiscal-revenue',
    kind: 'cause',
    text: '规上企业数量少',
    author: '经发办',
    date: '2020-05-10',
  };
  expect(gapNoteSchema.safeParse(note).success).toBe(true);
  expect(gapNoteSchema.safeParse({ ...note, kind: 'measure', owner: { unit: '招商局', person: '局长' } }).success).toBe(
    true,
  );
  expect(gapNoteSchema.safeParse({ ...note, text: '' }).success).toBe(false);
  expect(gapNoteSchema.safeParse({ ...note, kind: 'wish' }).success).toBe(false);
});

test('convertUnit turns 亿元 into 万元 and back', () => {
  expect(convertUnit(5.62, '亿元', '万元')).toBe(56200);
  expect(convertUnit(56200, '万元', '亿元')).toBe(5.62);
  expect(convertUnit(1, '亿元', '万元')).toBe(10000);
});

test('convertUnit removes float noise: 0.07亿元 is 700万元', () => {
  expect(0.07 * 10000).not.toBe(700);
  expect(convertUnit(0.07, '亿元', '万元')).toBe(700);
});

test('convertUnit is the identity for the same unit, zero and negative values included', () => {
  expect(convertUnit(7, '个', '个')).toBe(7);
  expect(convertUnit(0, '万元', '亿元')).toBe(0);
  expect(convertUnit(-3, '亿元', '万元')).toBe(-30000);
});

test('convertUnit returns null for units that do not convert', () => {
  expect(convertUnit(5, '亿元', '个')).toBeNull();
  expect(convertUnit(5, '%', '亿元')).toBeNull();
  expect(convertUnit(5, '公顷', '公里')).toBeNull();
});

test('valueInUnit gives a benchmark value in the indicator unit', () => {
  expect(valueInUnit(value(), '万元')).toBe(43000);
  expect(valueInUnit(value(), '亿元')).toBe(4.3);
  expect(valueInUnit(value(), '家')).toBeNull();
});

test('memberValueFor picks the value of the comparison year', () => {
  const m = zhouzhuang({ values: [value({ year: 2018, value: 3.36 }), value()] });
  expect(memberValueFor(m, 'fiscal-revenue', 2019)?.value).toBe(4.3);
  expect(memberValueFor(m, 'fiscal-revenue', 2018)?.value).toBe(3.36);
});

test('memberValueFor falls back to the nearest year, the earlier of two equally near', () => {
  const m = zhouzhuang({ values: [value({ year: 2018, value: 3.36 }), value({ year: 2020, value: 5 })] });
  expect(memberValueFor(m, 'fiscal-revenue', 2019)?.year).toBe(2018);
  expect(memberValueFor(m, 'fiscal-revenue', 2023)?.year).toBe(2020);
  expect(memberValueFor(m, 'fiscal-revenue', 2010)?.year).toBe(2018);
});

test('memberValueFor is undefined for an indicator the member has no value of', () => {
  expect(memberValueFor(zhouzhuang(), 'patents', 2019)).toBeUndefined();
});

test('averageOf averages the known values and skips nulls', () => {
  expect(averageOf([27.8, 31.7, null])).toBe(29.75);
  expect(averageOf([-2, 4])).toBe(1);
  expect(averageOf([null, null])).toBeNull();
  expect(averageOf([])).toBeNull();
});
