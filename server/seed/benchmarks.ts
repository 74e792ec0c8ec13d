/**
 * The benchmark sets of the seed (对标找差):
 * - 'sunan-benchmark' 苏南标杆镇: the peer figures public sources give (domain.md, "Facts from public
 *   sources"), each with its own year — they differ, and the comparison says so;
 * - 'rugao-peers' 如皋镇区对标: the Rugao town average and the best town in the city, all SAMPLE
 *   (no public source breaks Rugao's figures down by town);
 * - 'own-plan' 自身计划与上年: our 2020 plan and our 2019 result, derived from the indicators'
 *   targets and baselines, with their sources and sample flags.
 * Growth rates (growthPct) only where the source gives them.
 */
import type { BenchmarkSet, BenchmarkValue } from '../../src/domain/benchmark';
import type { Bilingual, Indicator, Source, Unit } from '../../src/domain/indicator';
import { SAMPLE_SOURCE } from './sources';

/**
 * The peer sources. Titles name what each figure comes from; no publisher, date or quote is given
 * because the original pages were not at hand, only the figures reported from them (domain.md).
 */
export const KUNSHAN_ZHOUZHUANG_2019: Source = { title: '昆山市周庄镇2019年主要经济指标（公开资料）' };
export const WUJIANG_ZHENZE_2016: Source = { title: '吴江区震泽镇2016年主要经济指标（公开资料）' };
export const JIANGYIN_ZHOUZHUANG_2023: Source = { title: '江阴市周庄镇2023年主要经济指标（公开资料）' };
export const TOP100_TOWNS_2021: Source = { title: '全国综合实力百强镇（“2021”版）', publisher: '竞争力智库' };

/** Note for a value the source gives in yuan per head. */
const INCOME_NOTE: Bilingual = {
  zh: '来源为44,066元，换算为4.4066万元。',
  en: 'The source gives 44,066 yuan, converted to 4.4066 ten-thousand yuan.',
};

function sourced(
  indicatorId: string,
  value: number,
  year: number,
  unit: Unit,
  source: Source,
  extra: { growthPct?: number; note?: Bilingual } = {},
): BenchmarkValue {
  return { indicatorId, value, year, unit, source, sample: false, ...extra };
}

function sample(indicatorId: string, value: number, year: number, unit: Unit, note?: Bilingual): BenchmarkValue {
  return note
    ? { indicatorId, value, year, unit, source: SAMPLE_SOURCE, sample: true, note }
    : { indicatorId, value, year, unit, source: SAMPLE_SOURCE, sample: true };
}

const sunan: BenchmarkSet = {
  id: 'sunan-benchmark',
  name: { zh: '苏南标杆镇', en: 'Southern Jiangsu benchmark towns' },
  description: {
    zh: '报告要求“向南对齐”：以苏南先进镇为标杆。各标杆的数据年份不同，对比时逐项注明。',
    en: 'The report asks the town to "align southwards" with the leading towns of southern Jiangsu. The peers\' figures are of different years; every comparison says which.',
  },
  asOf: '2024-06-30',
  members: [
    {
      id: 'kunshan-zhouzhuang',
      name: { zh: '昆山周庄镇', en: 'Zhouzhuang, Kunshan' },
      kind: 'peer-town',
      basis: {
        zh: '报告提出找回“南有周庄、北有白蒲”的千年水乡景象：同为水乡古镇，是古镇保护与文旅的直接参照。',
        en: 'The report wants back the old saying "Zhouzhuang in the south, Baipu in the north": a water town like Baipu, the direct reference for the old town and tourism.',
      },
      values: [
        sourced('gdp', 49.5, 2019, '亿元', KUNSHAN_ZHOUZHUANG_2019),
        sourced('fiscal-revenue', 4.3, 2019, '亿元', KUNSHAN_ZHOUZHUANG_2019, { growthPct: 27.8 }),
        sourced('fixed-asset-investment', 12.4, 2019, '亿元', KUNSHAN_ZHOUZHUANG_2019),
        sourced('industrial-output', 31.8, 2019, '亿元', KUNSHAN_ZHOUZHUANG_2019),
        sourced('disposable-income', 4.4066, 2019, '万元', KUNSHAN_ZHOUZHUANG_2019, { note: INCOME_NOTE }),
      ],
    },
    {
      id: 'wujiang-zhenze',
      name: { zh: '吴江震泽镇', en: 'Zhenze, Wujiang' },
      kind: 'peer-town',
      basis: {
        zh: '苏南古镇中产业与古镇并重的一例（蚕丝、纺织），与白蒲“一轻 纺织服装”和古镇保护相近；数据为2016年，年份较早。',
        en: "A southern old town strong in industry (silk, textiles) as well as heritage, close to Baipu's textiles and old town; its figures are of 2016, an early year.",
      },
      values: [
        sourced('gdp', 118.36, 2016, '亿元', WUJIANG_ZHENZE_2016),
        sourced('fiscal-revenue', 6.38, 2016, '亿元', WUJIANG_ZHENZE_2016, { growthPct: 31.7 }),
        sourced('fixed-asset-investment', 29.28, 2016, '亿元', WUJIANG_ZHENZE_2016),
      ],
    },
    {
      id: 'jiangyin-zhouzhuang',
      name: { zh: '江阴周庄镇', en: 'Zhouzhuang, Jiangyin' },
      kind: 'peer-town',
      basis: {
        zh: '苏南工业强镇，经济总量的高标杆。注意：与昆山的水乡周庄同名，不是同一个镇。',
        en: 'An industrial powerhouse of southern Jiangsu, the high mark for economic size. Note: it shares its name with the water town of Kunshan but is a different town.',
      },
      values: [
        sourced('gdp', 412.38, 2023, '亿元', JIANGYIN_ZHOUZHUANG_2023),
        sourced('fiscal-revenue', 15.66, 2023, '亿元', JIANGYIN_ZHOUZHUANG_2023),
      ],
    },
    {
      id: 'top100-towns-average',
      name: { zh: '全国百强镇平均', en: 'National top-100 towns, average' },
      kind: 'national-top100-average',
      basis: {
        zh: '全国综合实力百强镇的平均水平（平均常住人口23.22万），对应“百强排名”的对标思路；白蒲未入榜。',
        en: 'The average of China\'s top-100 towns (average resident population 232,200), in the spirit of the "top-100" goal; Baipu is not on the list.',
      },
      values: [
        sourced('fiscal-revenue', 18.59, 2021, '亿元', TOP100_TOWNS_2021, {
          note: {
            zh: '榜单标为“2021”版，数据所属年份原文未明，按2021年计。',
            en: 'The list is labelled the "2021" edition; the year its figures stand for is not stated, 2021 is assumed.',
          },
        }),
      ],
    },
  ],
};

const RUGAO_CONTEXT: Bilingual = {
  zh: '示例数据。背景：如皋全市2019年地区生产总值1215.18亿元（如皋市2019年统计公报）；镇均值并非由此算出。',
  en: 'Sample. Context: Rugao as a whole had a GDP of 121.518 billion yuan in 2019 (Rugao statistical communiqué 2019); the town average is not derived from it.',
};

const rugao: BenchmarkSet = {
  id: 'rugao-peers',
  name: { zh: '如皋镇区对标', en: 'Towns of Rugao' },
  description: {
    zh: '与如皋各镇（区）的平均水平和全市最好的镇比较。未找到分镇公开数据：全部数值为示例。',
    en: 'Against the average of the towns of Rugao and the best town in the city. No public figures by town were found: every value is sample.',
  },
  asOf: '2020-04-27',
  members: [
    {
      id: 'rugao-town-average',
      name: { zh: '如皋镇（区）平均', en: 'Rugao towns, average' },
      kind: 'county-average',
      basis: {
        zh: '报告要求“走在全市前列”：先过全市平均线。',
        en: 'The report asks Baipu to lead the city: first pass the city average.',
      },
      values: [
        sample('gdp', 68.5, 2018, '亿元'),
        sample('gdp', 72, 2019, '亿元', RUGAO_CONTEXT),
        sample('fiscal-revenue', 3.4, 2018, '亿元'),
        sample('fiscal-revenue', 3.1, 2019, '亿元'),
        sample('fixed-asset-investment', 24.6, 2018, '亿元'),
        sample('fixed-asset-investment', 26, 2019, '亿元'),
        sample('industrial-output', 150, 2018, '亿元'),
        sample('industrial-output', 158, 2019, '亿元'),
        sample('disposable-income', 2.95, 2018, '万元'),
        sample('disposable-income', 3.18, 2019, '万元'),
        sample('above-scale-firms', 46, 2019, '家'),
      ],
    },
    {
      id: 'rugao-best-town',
      name: { zh: '如皋最好的镇', en: 'Best town in Rugao' },
      kind: 'city-best',
      basis: {
        zh: '“竣工率和转化率全市第一”之后的下一步：各项总量都对标全市最好的镇。',
        en: 'After "first in the city" for completion and conversion, the next step: match the best town in the city on every total.',
      },
      values: [
        sample('gdp', 152, 2018, '亿元'),
        sample('gdp', 165, 2019, '亿元'),
        sample('fiscal-revenue', 7.9, 2018, '亿元'),
        sample('fiscal-revenue', 8.6, 2019, '亿元'),
        sample('fixed-asset-investment', 48, 2018, '亿元'),
        sample('fixed-asset-investment', 52, 2019, '亿元'),
        sample('industrial-output', 390, 2018, '亿元'),
        sample('industrial-output', 420, 2019, '亿元'),
        sample('disposable-income', 3.6, 2018, '万元'),
        sample('disposable-income', 3.85, 2019, '万元'),
        sample('above-scale-firms', 96, 2019, '家'),
      ],
    },
  ],
};

/** Our own indicators that a plan or last year can stand in for: not milestones, not county figures. */
function comparable(i: Indicator): boolean {
  return i.kind !== 'milestone' && i.category !== 'county';
}

/** 自身计划与上年: the 2020 targets and 2019 baselines of our indicators, as benchmark values. */
function ownPlan(indicators: readonly Indicator[]): BenchmarkSet {
  const own = indicators.filter(comparable);
  const plan: BenchmarkValue[] = [];
  const lastYear: BenchmarkValue[] = [];
  for (const i of own) {
    const t = i.targets.find((x) => x.year === 2020);
    if (t) {
      const v: BenchmarkValue = {
        indicatorId: i.id,
        value: t.value,
        year: 2020,
        unit: i.unit,
        source: t.source,
        sample: t.sample,
      };
      plan.push(t.note ? { ...v, note: t.note } : v);
    }
    if (i.baseline?.year === 2019) {
      const b = i.baseline;
      lastYear.push({
        indicatorId: i.id,
        value: b.value,
        year: 2019,
        unit: i.unit,
        source: b.source,
        sample: b.sample,
      });
    }
  }
  return {
    id: 'own-plan',
    name: { zh: '自身计划与上年', en: 'Our plan and last year' },
    description: {
      zh: '与本镇2020年计划目标和2019年实绩比较（取自各指标的目标和基期，来源和示例标记随之）。',
      en: "Against the town's own 2020 plan and its 2019 result (the indicators' targets and baselines, with their sources and sample flags).",
    },
    asOf: '2020-04-27',
    members: [
      {
        id: 'plan-2020',
        name: { zh: '2020年计划', en: '2020 plan' },
        kind: 'own-plan',
        basis: { zh: '年初确定的全年目标任务。', en: 'The full-year targets set at the start of the year.' },
        values: plan,
      },
      {
        id: 'result-2019',
        name: { zh: '2019年实绩', en: '2019 result' },
        kind: 'own-last-year',
        basis: {
          zh: '上年实绩：“比昨天好”是最低要求。',
          en: "Last year's result: doing better than last year is the least.",
        },
        values: lastYear,
      },
    ],
  };
}

/** The seed's benchmark sets; `own-plan` is derived from the given indicators. Fresh objects per call. */
export function seedBenchmarkSets(indicators: readonly Indicator[]): BenchmarkSet[] {
  return structuredClone([sunan, rugao, ownPlan(indicators)]);
}
