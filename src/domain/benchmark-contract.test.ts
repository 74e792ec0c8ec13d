import { expect, test } from 'vitest';
import {
  benchmarkSetInputSchema,
  benchmarkSetListResponseSchema,
  benchmarkSetResponseSchema,
  benchmarkSetSummarySchema,
  benchmarkValueInputSchema,
  closeByFor,
  DEFAULT_BENCHMARK_SET,
  gapCardSchema,
  gapNoteInputSchema,
  gapsQuerySchema,
  gapsResponseSchema,
  indicatorGapsSchema,
  memberInputSchema,
  requiredGrowthSchema,
  yearsBehindSchema,
  type GapCard,
} from './benchmark-contract';
import type { BenchmarkSet } from './benchmark';
import { DEFAULT_PERIOD } from './contract';
import { gapSize, rankAmong, rankChange, requiredGrowth, yearsBehind } from './gap';
import { makeIndicator } from './test-fixtures';

const source = { title: '周庄镇2019年统计公报', publisher: '昆山市周庄镇' };
const indicator = makeIndicator({ id: 'fiscal-revenue', name: { zh: '一般公共预算收入', en: 'Fiscal revenue' } });

function card(extra: Partial<GapCard> = {}): GapCard {
  return {
    memberId: 'kunshan-zhouzhuang',
    ours: { value: 3.5, year: 2019, period: '2019', basis: 'baseline', partialYear: false, sample: true },
    theirs: {
      value: 4.3,
      year: 2019,
      sourceYear: 2019,
      yearMismatch: false,
      method: 'same-year',
      source,
      sample: false,
    },
    size: { ...gapSize(3.5, 4.3, indicator) },
    yearsBehind: yearsBehind(3.5, 4.3, 8, 27.8, 'higher'),
    required: requiredGrowth(3.5, 4.3, 27.8, 4),
    closeBy: 2023,
    ourGrowthPct: 8,
    theirGrowthPct: 27.8,
    ...extra,
  };
}

const set: BenchmarkSet = {
  id: 'sunan-benchmark',
  name: { zh: '苏南标杆镇', en: 'Southern Jiangsu benchmark towns' },
  description: { zh: '向南对齐', en: 'Align southwards' },
  asOf: '2020-04-27',
  members: [
    {
      id: 'kunshan-zhouzhuang',
      name: { zh: '昆山周庄镇', en: 'Zhouzhuang, Kunshan' },
      kind: 'peer-town',
      basis: { zh: '水乡古镇', en: 'The water town' },
      values: [
        { indicatorId: 'fiscal-revenue', value: 4.3, year: 2019, unit: '亿元', growthPct: 27.8, source, sample: false },
      ],
    },
  ],
};
const summary = {
  id: set.id,
  name: set.name,
  description: set.description,
  asOf: set.asOf,
  memberCount: 1,
  members: set.members.map(({ id, name, kind, basis }) => ({ id, name, kind, basis })),
};

test('a gap card built from the gap.ts functions parses, in every variant', () => {
  expect(gapCardSchema.safeParse(card()).success).toBe(true);
  const never = card({ yearsBehind: yearsBehind(3.5, 4.3, 8, 27.8, 'higher') });
  expect(never.yearsBehind).toMatchObject({ kind: 'ok', toCatch: 'never' });
  expect(gapCardSchema.safeParse(never).success).toBe(true);
  const undef = card({ yearsBehind: yearsBehind(3.5, 4.3, null, null, 'higher'), ourGrowthPct: null });
  expect(gapCardSchema.safeParse(undef).success).toBe(true);
  const err = card({ required: requiredGrowth(0, 4.3, 0, 4) });
  expect(gapCardSchema.safeParse(err).success).toBe(true);
  expect(
    gapCardSchema.safeParse(card({ theirs: { ...card().theirs, note: { zh: '原文44,066元', en: '44,066 yuan' } } }))
      .success,
  ).toBe(true);
});

test('a gap card rejects unknown methods, standings and a missing source', () => {
  expect(gapCardSchema.safeParse(card({ theirs: { ...card().theirs, method: 'guessed' as never } })).success).toBe(
    false,
  );
  expect(gapCardSchema.safeParse(card({ size: { ...card().size, standing: 'level' as never } })).success).toBe(false);
  const { source: _s, ...noSource } = card().theirs;
  expect(gapCardSchema.safeParse({ ...card(), theirs: noSource }).success).toBe(false);
  expect(gapCardSchema.safeParse({ ...card(), ours: { ...card().ours, period: 'June' } }).success).toBe(false);
});

test('yearsBehind and required mirror their gap.ts types', () => {
  expect(yearsBehindSchema.safeParse({ kind: 'ok', standing: 'behind', toReach: 'never', toCatch: null }).success).toBe(
    true,
  );
  expect(yearsBehindSchema.safeParse({ kind: 'undefined', reason: 'no-growth' }).success).toBe(true);
  expect(yearsBehindSchema.safeParse({ kind: 'undefined', reason: 'why-not' }).success).toBe(false);
  expect(yearsBehindSchema.safeParse({ kind: 'ok', standing: 'behind', toReach: 'soon', toCatch: null }).success).toBe(
    false,
  );
  expect(requiredGrowthSchema.safeParse({ kind: 'error', reason: 'years-not-positive' }).success).toBe(true);
  expect(requiredGrowthSchema.safeParse({ kind: 'ok', annualPct: 5 }).success).toBe(false);
});

test('indicator gaps carry the rank from rankChange, notes and the owner', () => {
  const rank = rankChange(3, rankAmong([4.3, 6.38], 5, 'higher'));
  const item = {
    indicator,
    cards: [card()],
    rank,
    notes: [
      {
        id: 'note-1',
        setId: 'sunan-benchmark',
        indicatorId: 'fiscal-revenue',
        kind: 'cause',
        text: '税源结构单一',
        author: '经发局',
        date: '2020-07-05',
      },
    ],
    owner: indicator.owner,
  };
  expect(indicatorGapsSchema.safeParse(item).success).toBe(true);
  expect(indicatorGapsSchema.safeParse({ ...item, rank: null }).success).toBe(true);
  expect(indicatorGapsSchema.safeParse({ ...item, owner: undefined }).success).toBe(false);
});

test('set summaries, list, full set and gaps responses', () => {
  expect(benchmarkSetSummarySchema.safeParse(summary).success).toBe(true);
  expect(benchmarkSetListResponseSchema.safeParse({ items: [summary] }).success).toBe(true);
  expect(benchmarkSetResponseSchema.safeParse({ set }).success).toBe(true);
  const gaps = { set: summary, period: '2020-06', closeBy: 2023, items: [] };
  expect(gapsResponseSchema.safeParse(gaps).success).toBe(true);
  expect(gapsResponseSchema.safeParse({ ...gaps, period: '2020-13' }).success).toBe(false);
});

test('the gaps query: defaults, coercion and the close-by range', () => {
  const q = gapsQuerySchema.parse({});
  expect(q).toEqual({ set: DEFAULT_BENCHMARK_SET, period: DEFAULT_PERIOD });
  expect(closeByFor(q)).toBe(2023);
  expect(gapsQuerySchema.parse({ closeBy: '2021' }).closeBy).toBe(2021);
  expect(closeByFor(gapsQuerySchema.parse({ period: '2020', closeBy: '2035' }))).toBe(2035);
  for (const bad of ['2020', '2036', '2022.5', 'soon']) {
    const r = gapsQuerySchema.safeParse({ closeBy: bad });
    expect(r.success, bad).toBe(false);
    expect(r.error?.issues[0]?.path, bad).toEqual(['closeBy']);
  }
  expect(gapsQuerySchema.safeParse({ set: 'Sunan Benchmark' }).success).toBe(false);
  expect(gapsQuerySchema.safeParse({ period: 'June' }).success).toBe(false);
});

test('gap note input: kinds, lengths, trimming and the optional owner', () => {
  const note = {
    setId: 'sunan-benchmark',
    indicatorId: 'fiscal-revenue',
    kind: 'measure',
    text: ' 培育税源 ',
    author: '镇长',
  };
  expect(gapNoteInputSchema.parse(note).text).toBe('培育税源');
  expect(gapNoteInputSchema.safeParse({ ...note, owner: { unit: '经济发展局', person: '局长' } }).success).toBe(true);
  expect(gapNoteInputSchema.safeParse({ ...note, kind: 'idea' }).success).toBe(false);
  expect(gapNoteInputSchema.safeParse({ ...note, text: '   ' }).success).toBe(false);
  expect(gapNoteInputSchema.safeParse({ ...note, text: 'x'.repeat(1001) }).success).toBe(false);
  expect(gapNoteInputSchema.safeParse({ ...note, text: 'x'.repeat(1000) }).success).toBe(true);
  expect(gapNoteInputSchema.safeParse({ ...note, author: 'x'.repeat(51) }).success).toBe(false);
  expect(gapNoteInputSchema.safeParse({ ...note, author: '' }).success).toBe(false);
  expect(gapNoteInputSchema.safeParse({ ...note, owner: { unit: '经济发展局' } }).success).toBe(false);
});

test('benchmark value input: finite value, year, a known unit and a source', () => {
  const input = { value: 44066, year: 2019, unit: '万元', source, sample: false };
  expect(benchmarkValueInputSchema.safeParse(input).success).toBe(true);
  expect(
    benchmarkValueInputSchema.safeParse({ ...input, growthPct: 27.8, note: { zh: '注', en: 'note' } }).success,
  ).toBe(true);
  expect(benchmarkValueInputSchema.safeParse({ ...input, value: Number.NaN }).success).toBe(false);
  expect(benchmarkValueInputSchema.safeParse({ ...input, year: 2019.5 }).success).toBe(false);
  expect(benchmarkValueInputSchema.safeParse({ ...input, unit: '元' }).success).toBe(false);
  expect(benchmarkValueInputSchema.safeParse({ ...input, source: { title: '' } }).success).toBe(false);
  expect(benchmarkValueInputSchema.safeParse({ ...input, sample: 'no' }).success).toBe(false);
  expect(benchmarkValueInputSchema.safeParse({ ...input, growthPct: -100 }).success).toBe(false);
});

// ----- creating sets and members ----------------------------------------------------------------

const newMember = {
  id: 'huaxi-village',
  name: { zh: ' 华西村 ', en: 'Huaxi' },
  kind: 'peer-town',
  basis: { zh: '同为工业强村', en: 'Also an industrial village' },
};
const newValue = { indicatorId: 'gdp', value: 500, year: 2019, unit: '亿元', source: { title: '公报' }, sample: false };
const newSet = {
  id: 'jiangyin-peers',
  name: { zh: '江阴对标', en: 'Jiangyin peers' },
  description: { zh: '江阴强镇', en: 'Strong towns of Jiangyin' },
  members: [{ ...newMember, values: [newValue] }],
};

test('benchmarkSetInputSchema accepts a set with trimmed texts, values optional', () => {
  const parsed = benchmarkSetInputSchema.parse(newSet);
  expect(parsed.members[0]?.name.zh).toBe('华西村');
  expect(parsed.members[0]?.values).toEqual([newValue]);
  expect(benchmarkSetInputSchema.safeParse({ ...newSet, members: [newMember] }).success).toBe(true);
});

test('benchmarkSetInputSchema rejects bad ids, missing basis, member counts and duplicates at their place', () => {
  const issuePaths = (input: unknown) =>
    benchmarkSetInputSchema.safeParse(input).error?.issues.map((i) => i.path.join('.')) ?? [];
  expect(issuePaths({ ...newSet, id: 'ab' })).toEqual(['id']);
  expect(issuePaths({ ...newSet, id: 'x'.repeat(61) })).toEqual(['id']);
  expect(issuePaths({ ...newSet, id: 'Jiangyin' })).toEqual(['id']);
  expect(issuePaths({ ...newSet, name: { zh: '  ', en: 'x' } })).toEqual(['name.zh']);
  expect(issuePaths({ ...newSet, description: { zh: '长'.repeat(501), en: 'x' } })).toEqual(['description.zh']);
  expect(issuePaths({ ...newSet, members: [] })).toEqual(['members']);
  expect(
    issuePaths({ ...newSet, members: Array.from({ length: 21 }, (_, i) => ({ ...newMember, id: `m-${i}` })) }),
  ).toEqual(['members']);
  expect(issuePaths({ ...newSet, members: [{ ...newMember, basis: undefined }] })).toEqual(['members.0.basis']);
  expect(issuePaths({ ...newSet, members: [{ ...newMember, basis: { zh: ' ', en: 'x' } }] })).toEqual([
    'members.0.basis.zh',
  ]);
  expect(issuePaths({ ...newSet, members: [{ ...newMember, kind: 'friend' }] })).toEqual(['members.0.kind']);
  expect(issuePaths({ ...newSet, members: [newMember, { ...newMember, name: { zh: '乙', en: 'B' } }] })).toEqual([
    'members.1.id',
  ]);
  expect(issuePaths({ ...newSet, members: [{ ...newMember, values: [newValue, { ...newValue, value: 1 }] }] })).toEqual(
    ['members.0.values.1.year'],
  );
  expect(
    issuePaths({ ...newSet, members: [{ ...newMember, values: [{ ...newValue, indicatorId: undefined }] }] }),
  ).toEqual(['members.0.values.0.indicatorId']);
});

test('memberInputSchema: one member, the same rules', () => {
  expect(memberInputSchema.safeParse(newMember).success).toBe(true);
  expect(memberInputSchema.safeParse({ ...newMember, values: [{ ...newValue, year: 2019.5 }] }).success).toBe(false);
  expect(memberInputSchema.safeParse({ ...newMember, id: 'x' }).success).toBe(false);
  // A value for the same indicator in another year is fine.
  expect(memberInputSchema.safeParse({ ...newMember, values: [newValue, { ...newValue, year: 2020 }] }).success).toBe(
    true,
  );
});
