import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { derivedObservations, derivedValueAt } from '../../src/domain/derived';
import { evaluate } from '../../src/domain/evaluate';
import { indicatorSchema, type Indicator, type Source } from '../../src/domain/indicator';
import { observationSchema, effectiveForPeriod, type Observation } from '../../src/domain/observation';
import { DEFAULT_THRESHOLDS, type Status } from '../../src/domain/status';
import { seedMilestones } from './actions';
import { seedDataset } from './index';
import { seedIndicators } from './indicators';
import { seedObservations } from './observations';
import { seedProjects } from './projects';
import { ARTICLE_TITLE, CCID_2019_TITLE, SAMPLE_TITLE } from './sources';

/** `observations` are the stored ones: derived indicators have none. */
const { indicators, observations } = seedDataset();

/** What derived indicators are computed from: the ledger and the campaign tree. */
const sources = { projects: seedProjects(), milestones: seedMilestones() };

/**
 * The stored observations plus the computed ones of every derived indicator (2019-01 … 2020-10 and
 * the year 2019), as the API serves them.
 */
const served: Observation[] = [
  ...observations,
  ...indicators.flatMap((i) => derivedObservations(i, sources, 2019, '2020-10-31')),
];

function ind(id: string): Indicator {
  const found = indicators.find((i) => i.id === id);
  if (!found) throw new Error(`missing indicator ${id}`);
  return found;
}

function obsOf(id: string, from: readonly Observation[] = observations): Observation[] {
  return from.filter((o) => o.indicatorId === id);
}

/** A source that is the article, not sample, and quotes the given words. */
function expectArticle(source: Source, words: string) {
  expect(source.title).toBe(ARTICLE_TITLE);
  expect(source.publisher).toBe('南通百姓网');
  expect(source.date).toBe('2020-04-27');
  expect(source.quote ?? '').toContain(words);
}

/** A 2019 baseline from the article. */
function expectBaseline2019(id: string, value: number, words: string) {
  const i = ind(id);
  expect(i.baseline).not.toBeNull();
  expect(i.baseline?.value).toBe(value);
  expect(i.baseline?.year).toBe(2019);
  expect(i.baseline?.sample).toBe(false);
  expectArticle(i.baseline!.source, words);
}

/** A 2019 result: baseline from the article, and a matching audited, non-sample observation. */
function expectReported2019(id: string, value: number, words: string) {
  expectBaseline2019(id, value, words);
  const o = obsOf(id).find((x) => x.period === '2019');
  expect(o).toMatchObject({ value, stage: 'audited', sample: false, source: ARTICLE_TITLE, asOf: '2020-04-27' });
}

/** Every Source object in the seed, wherever it sits. */
function allSources(): Source[] {
  const out: Source[] = [];
  for (const i of indicators) {
    out.push(i.source);
    if (i.baseline) out.push(i.baseline.source);
    for (const t of i.targets) out.push(t.source);
  }
  return out;
}

test('every indicator and observation parses with the domain schemas', () => {
  for (const i of indicators) expect(() => indicatorSchema.parse(i), i.id).not.toThrow();
  for (const o of observations) expect(() => observationSchema.parse(o), o.id).not.toThrow();
  // The report's 59, then the 5 that the benchmark comparisons need (comparison-indicators.ts).
  expect(seedIndicators).toHaveLength(59);
  expect(indicators).toHaveLength(64);
  expect(indicators.slice(0, 59).map((i) => i.id)).toEqual(seedIndicators.map((i) => i.id));
});

test('ids are unique: indicators, observations and milestone nodes', () => {
  const ids = indicators.map((i) => i.id);
  expect(new Set(ids).size).toBe(ids.length);
  const obsIds = observations.map((o) => o.id);
  expect(new Set(obsIds).size).toBe(obsIds.length);
  const nodeIds = indicators.flatMap((i) => (i.nodes ?? []).map((n) => n.id));
  expect(new Set(nodeIds).size).toBe(nodeIds.length);
});

test('every observation belongs to an existing indicator, and one stage per period', () => {
  const ids = new Set(indicators.map((i) => i.id));
  for (const o of observations) expect(ids.has(o.indicatorId), o.id).toBe(true);
  const keys = observations.map((o) => `${o.indicatorId}|${o.period}|${o.stage}`);
  expect(new Set(keys).size).toBe(keys.length);
});

test('kinds, units and flags are consistent', () => {
  for (const i of indicators) {
    if (i.kind === 'rank') expect(i.unit, i.id).toBe('位');
    if (i.kind === 'ratio') expect(i.unit, i.id).toBe('%');
    if (i.kind === 'milestone') {
      expect(i.cumulative, i.id).toBe(false);
      expect(i.nodes?.length ?? 0, i.id).toBeGreaterThan(0);
      for (const t of i.targets) {
        const inYear = (i.nodes ?? []).filter((n) => Number(n.due.slice(0, 4)) === t.year).length;
        expect(t.value, `${i.id} target = its nodes`).toBe(inYear);
      }
    }
    if (i.kind === 'rank' || i.kind === 'ratio') expect(i.cumulative, i.id).toBe(false);
    if (i.category === 'shares') expect(i).toMatchObject({ kind: 'ratio', unit: '%', direction: 'higher' });
  }
  const headline = indicators.filter((i) => i.headline).map((i) => i.id);
  expect(headline).toEqual(
    expect.arrayContaining([
      'new-billion-projects',
      'completed-billion-projects',
      'converted-projects',
      'foreign-trade',
    ]),
  );
  expect(headline.length).toBeLessThanOrEqual(8);
});

test("the report's 2019 figures are present, sourced from the article", () => {
  // The three counts are derived: the article's figure is the baseline, and the ledger gives the same.
  expectBaseline2019('new-billion-projects', 7, '亿元项目7个');
  expectBaseline2019('completed-billion-projects', 14, '14个亿元项目');
  expectBaseline2019('converted-projects', 10, '10个项目实现转化');
  for (const id of ['new-billion-projects', 'completed-billion-projects', 'converted-projects']) {
    const i = ind(id);
    expect(i).toMatchObject({ kind: 'count', unit: '个', cumulative: true, headline: true });
    expect(i.derived, id).toMatch(/^ledger-/);
    expect(obsOf(id), `${id} is not stored`).toEqual([]);
    expect(derivedValueAt(i, sources, 2019, '2019-12-31')?.value, id).toBe(i.baseline?.value);
    expect(obsOf(id, served).find((o) => o.period === '2019')?.value, id).toBe(i.baseline?.value);
  }
  expectReported2019('foreign-trade', 5.62, '5.62亿元');
  expect(ind('foreign-trade')).toMatchObject({ kind: 'amount', unit: '亿元', headline: true });
  expectReported2019('foreign-trade-growth', 21, '增长21');
  expect(ind('foreign-trade-growth')).toMatchObject({ kind: 'ratio', unit: '%' });
  expect(ind('foreign-trade-growth').caveat?.zh).toContain('未写单位');
  expect(obsOf('foreign-trade-growth').find((o) => o.period === '2019')?.caveat).toBeDefined();
  expectReported2019('patent-award-firms', 2, '两家企业');
  expect(ind('patent-award-firms').unit).toBe('家');
  expectReported2019('ip-standard-firms', 1, '一家企业');
  expect(ind('ip-standard-firms').unit).toBe('家');
  for (const id of ['completion-rate-rank', 'conversion-rate-rank', 'living-environment-rank']) {
    expectReported2019(id, 1, '全市第一');
    expect(ind(id)).toMatchObject({ kind: 'rank', unit: '位', direction: 'hold' });
  }
  // Two 2019 milestone results, now computed from the campaign tree (their milestones are not sample).
  expect(obsOf('parks-formed', served).find((o) => o.period === '2019')).toMatchObject({ value: 2, sample: false });
  expect(obsOf('hospital-school-siting', served).find((o) => o.period === '2019')).toMatchObject({
    value: 2,
    sample: false,
  });
});

test('derived indicators: the ledger counts and rates, and every milestone indicator; none stored', () => {
  const derived = indicators.filter((i) => i.derived !== undefined);
  expect(derived.filter((i) => i.derived === 'milestones-done').map((i) => i.id)).toEqual(
    indicators.filter((i) => i.kind === 'milestone').map((i) => i.id),
  );
  expect(derived.filter((i) => i.derived !== 'milestones-done').map((i) => [i.id, i.derived])).toEqual([
    ['new-billion-projects', 'ledger-started'],
    ['completed-billion-projects', 'ledger-completed'],
    ['converted-projects', 'ledger-converted'],
    ['project-completion-rate', 'ledger-completion-rate'],
    ['project-conversion-rate', 'ledger-conversion-rate'],
  ]);
  for (const i of derived) expect(obsOf(i.id), i.id).toEqual([]);
  // The two rates sit right after the rank of each and state the formula.
  const ids = indicators.map((i) => i.id);
  expect(ids.indexOf('project-completion-rate')).toBe(ids.indexOf('conversion-rate-rank') + 1);
  expect(ids.indexOf('project-conversion-rate')).toBe(ids.indexOf('conversion-rate-rank') + 2);
  for (const id of ['project-completion-rate', 'project-conversion-rate']) {
    expect(ind(id)).toMatchObject({
      kind: 'ratio',
      unit: '%',
      direction: 'higher',
      cumulative: false,
      headline: false,
    });
    expect(ind(id).definition.zh).toContain('÷');
    expect(ind(id).targets.find((t) => t.year === 2020)).toMatchObject({ sample: true });
  }
});

test('the 2019 new-projects target is inferred from "半年完成全年任务" and says so', () => {
  const t = ind('new-billion-projects').targets.find((x) => x.year === 2019);
  expect(t).toMatchObject({ value: 7, sample: true });
  expect(t?.note?.zh).toContain('推断');
  expectArticle(t!.source, '半年完成全年任务');
});

test('the county goal: 500亿元 and top 20 sourced, with the caveat on who set it; 22 from CCID', () => {
  const invest = ind('rugao-industrial-investment');
  expect(invest.targets.find((t) => t.year === 2020)).toMatchObject({ value: 500, sample: false });
  expectArticle(invest.targets[0]!.source, '工业投入年年五百亿');
  expect(invest.caveat?.zh).toContain('如皋');
  const rank = ind('rugao-top100-rank');
  expect(rank).toMatchObject({ kind: 'rank', unit: '位' });
  expect(rank.targets.find((t) => t.year === 2020)).toMatchObject({ value: 20, sample: false });
  expectArticle(rank.targets[0]!.source, '百强排名挺进前二十');
  expect(rank.baseline).toMatchObject({ year: 2019, value: 22, sample: false, source: { title: CCID_2019_TITLE } });
  expect(obsOf('rugao-top100-rank').find((o) => o.period === '2019')).toMatchObject({
    value: 22,
    sample: false,
    source: CCID_2019_TITLE,
  });
  expect(ind('rugao-gdp').baseline).toMatchObject({ year: 2019, value: 1215.18, sample: false });
});

test('sourced 2020 targets: 雉水英才 1 and 双创人才 1', () => {
  const z = ind('zhishui-talents').targets.find((t) => t.year === 2020);
  expect(z).toMatchObject({ value: 1, sample: false });
  expectArticle(z!.source, '新增“雉水英才”1名');
  const s = ind('shuangchuang-talents').targets.find((t) => t.year === 2020);
  expect(s).toMatchObject({ value: 1, sample: false });
  expectArticle(s!.source, '力争实现突破');
});

test('城镇建设提升年: 5.18 公顷 with its unit caveat, the water plan, and the four roads', () => {
  const core = ind('old-street-core-area');
  expect(core.unit).toBe('公顷');
  expect(core.baseline).toMatchObject({ value: 5.18, sample: false });
  expectArticle(core.baseline!.source, '5.18公顷');
  expect(core.caveat?.zh).toContain('公里');
  expect(ind('water-system-plan').caveat?.zh).toContain('昆山');
  for (const road of ['东环路', '天祥路东延', '南环路', '蒲盛路南延']) {
    const found = indicators.filter((i) => i.name.zh === road);
    expect(found, road).toHaveLength(1);
    const r = found[0]!;
    expect(r).toMatchObject({ kind: 'milestone', campaigns: ['chengzhen-year'] });
    expectArticle(r.source, road);
    for (const n of r.nodes ?? []) expect(n.due.startsWith('2020-')).toBe(true);
  }
});

test('五个白蒲: all five parts, and each 年 campaign has indicators sourced from the article', () => {
  for (const part of ['白蒲文化', '白蒲服务', '白蒲节奏', '白蒲品牌', '白蒲爱心']) {
    const found = indicators.filter((i) => i.name.zh.includes(part) && i.campaigns.includes('wuge-baipu'));
    expect(found, part).toHaveLength(1);
    expect(found[0]!.source.title).toBe(ARTICLE_TITLE);
  }
  for (const campaign of ['xiangmu-year', 'chengzhen-year', 'jiceng-year'] as const) {
    const found = indicators.filter((i) => i.campaigns.includes(campaign));
    expect(found.length, campaign).toBeGreaterThan(0);
  }
  for (const part of ['白蒲精神', '白蒲担当', '白蒲作风']) {
    expect(
      indicators.filter((i) => i.name.zh.includes(part) && i.campaigns.includes('jiceng-year')),
      part,
    ).toHaveLength(1);
  }
  const shareNames = indicators.filter((i) => i.category === 'shares').map((i) => i.name.zh);
  expect(shareNames.sort()).toEqual(
    [
      '实体经济投资占产业投资比重',
      '设备投资占工业投资比重',
      '亿元以上重大产业项目投资占产业项目投资比重',
      '高新技术产业投资占工业投资比重',
    ].sort(),
  );
});

const ARTICLE_FILE = fileURLToPath(new URL('../../../shared/seed/baipu-2020-report.txt', import.meta.url));

test.skipIf(!existsSync(ARTICLE_FILE))('every quote of the article is its exact words', () => {
  const text = readFileSync(ARTICLE_FILE, 'utf8');
  const quotes = allSources().filter((s) => s.title === ARTICLE_TITLE);
  expect(quotes.length).toBeGreaterThan(40);
  for (const s of quotes) {
    expect(s.quote, 'article sources carry a quote').toBeTruthy();
    expect(text.includes(s.quote!), s.quote).toBe(true);
  }
});

test('sample flags match the sample source, both ways', () => {
  for (const o of observations) {
    expect(o.sample, o.id).toBe(o.source === SAMPLE_TITLE);
  }
  for (const i of indicators) {
    for (const t of i.targets) {
      if (t.source.title === SAMPLE_TITLE) expect(t.sample, `${i.id} ${t.year}`).toBe(true);
      if (!t.sample) expect(t.source.title, `${i.id} ${t.year}`).not.toBe(SAMPLE_TITLE);
    }
    if (i.baseline) expect(i.baseline.sample).toBe(i.baseline.source.title === SAMPLE_TITLE);
  }
  // 2019 results are audited facts; 2020 monthly values are all sample.
  for (const o of observations.filter((x) => x.period === '2019'))
    expect(o).toMatchObject({ stage: 'audited', sample: false });
  for (const o of observations.filter((x) => x.period.startsWith('2020'))) expect(o.sample, o.id).toBe(true);
});

/** Values of one stage (or the effective value) for the months of a year, in order. */
function monthly(id: string, year: number, stage: 'reported' | 'audited' | 'effective'): number[] {
  const own = obsOf(id, served);
  const out: number[] = [];
  for (let m = 1; m <= 12; m++) {
    const period = `${year}-${String(m).padStart(2, '0')}`;
    const e = effectiveForPeriod(own, period);
    const o = stage === 'effective' ? e?.effective : e?.[stage];
    if (o) out.push(o.value);
  }
  return out;
}

test('cumulative series are monotone (reported, audited and effective), milestones within their nodes', () => {
  const isMonotone = (xs: number[]) => xs.every((x, i) => i === 0 || x >= xs[i - 1]!);
  let checked = 0;
  for (const i of indicators) {
    if (!i.cumulative && i.kind !== 'milestone') continue;
    for (const year of [2019, 2020]) {
      for (const stage of ['reported', 'audited', 'effective'] as const) {
        const xs = monthly(i.id, year, stage);
        expect(isMonotone(xs), `${i.id} ${year} ${stage}: ${xs.join(',')}`).toBe(true);
        if (xs.length > 0) checked++;
      }
    }
    if (i.kind === 'milestone') {
      const max = (i.nodes ?? []).filter((n) => n.due.startsWith('2020')).length;
      for (const v of monthly(i.id, 2020, 'reported')) expect(v).toBeLessThanOrEqual(max);
    }
  }
  expect(checked).toBeGreaterThan(50);
});

test('2020 sample runs Jan–Oct; foreign trade 2019 months add up to the sourced 5.62', () => {
  expect(monthly('foreign-trade', 2020, 'reported')).toHaveLength(10);
  const y2019 = monthly('foreign-trade', 2019, 'effective');
  expect(y2019).toHaveLength(12);
  expect(y2019.at(-1)).toBe(5.62);
  expect(monthly('completed-billion-projects', 2019, 'effective').at(-1)).toBe(14);
  // About half of the indicators with stored 2020 data have audited copies (computed values have none).
  const with2020 = new Set(observations.filter((o) => o.period.startsWith('2020')).map((o) => o.indicatorId));
  const audited = new Set(
    observations.filter((o) => o.period.startsWith('2020') && o.stage === 'audited').map((o) => o.indicatorId),
  );
  expect(audited.size / with2020.size).toBeGreaterThan(0.3);
  expect(audited.size / with2020.size).toBeLessThan(0.7);
});

test('milestone nodes straddle 2020-06-30, with some due in early July', () => {
  const dues = indicators.flatMap((i) => (i.nodes ?? []).map((n) => n.due)).filter((d) => d.startsWith('2020'));
  expect(dues.some((d) => d <= '2020-06-30')).toBe(true);
  expect(dues.some((d) => d > '2020-07-15')).toBe(true);
  expect(dues.filter((d) => d > '2020-06-30' && d <= '2020-07-15').length).toBeGreaterThanOrEqual(2);
});

test('at 2020-06 the lights show a realistic mix', () => {
  const counts: Record<Status, number> = { red: 0, yellow: 0, blue: 0, green: 0, grey: 0 };
  for (const i of indicators) counts[evaluate(i, served, '2020-06', DEFAULT_THRESHOLDS).status]++;
  expect(counts.red).toBeGreaterThanOrEqual(2);
  expect(counts.yellow).toBeGreaterThanOrEqual(2);
  expect(counts.blue).toBeGreaterThanOrEqual(1);
  expect(counts.green).toBeGreaterThanOrEqual(5);
  expect(counts.grey).toBeGreaterThanOrEqual(1);
  // Every earlier indicator keeps its light (its values are computed now, the same as were stored);
  // the two year-to-date rates are ahead of their quarterly plans at mid-year (29.4% against 25%,
  // 38.5% against 28%), so green.
  expect(counts).toEqual({ red: 6, yellow: 8, blue: 4, green: 41, grey: 5 });
  // "Most green": green outnumbers any other light.
  expect(counts.green).toBeGreaterThan(Math.max(counts.red, counts.yellow, counts.blue, counts.grey));
  // The external opening on 2020-07-01 is the textbook blue.
  expect(evaluate(ind('hutong-railway'), served, '2020-06', DEFAULT_THRESHOLDS).status).toBe('blue');
});

test('deterministic, and each seedDataset() call is a fresh deep copy', () => {
  expect(seedObservations()).toEqual(seedObservations());
  const a = seedDataset();
  const b = seedDataset();
  expect(a).toEqual(b);
  a.indicators[0]!.name.zh = 'changed';
  a.observations[0]!.value = -1;
  a.indicators[0]!.targets.length = 0;
  const c = seedDataset();
  expect(c.indicators[0]!.name.zh).not.toBe('changed');
  expect(c.observations[0]!.value).not.toBe(-1);
  expect(c.indicators[0]!.targets.length).toBeGreaterThan(0);
  expect(seedIndicators[0]!.name.zh).not.toBe('changed');
});
