/**
 * A small dataset for the API tests, built so that at 2020-06 (defaults: yellow within 10 points,
 * blue within 15 days) every status appears:
 *
 * - gdp (amount, 40 of 100 by June, 50 expected): red, 10 points behind; yellow if yellowWithin > 10
 * - green-share (ratio, 38 of 40 %): yellow, 5 points behind
 * - road-works (milestone, 1 of 3 nodes, next node due 2020-07-10): blue; green if blueDays < 10
 * - new-projects (count, 6 of 10, 5 expected): green, 10 points ahead
 * - business-rank (rank, no observations): grey, no data
 * - large-firms (count, target only for 2021): grey, no target
 */
import type { Category, Indicator, IndicatorKind, Target, Unit } from '../src/domain/indicator';
import type { Observation, Stage } from '../src/domain/observation';
import type { Dataset } from './storage/storage';

const source = { title: '测试数据 test fixture' };

function indicator(
  id: string,
  zh: string,
  en: string,
  extra: { category: Category; kind: IndicatorKind; unit: Unit } & Partial<Indicator>,
): Indicator {
  return {
    id,
    name: { zh, en },
    campaigns: [],
    direction: 'higher',
    cumulative: true,
    headline: false,
    baseline: null,
    targets: [],
    owner: { unit: '经济发展局', person: '局长' },
    definition: { zh: `${zh}的口径`, en: `Scope of ${en}` },
    source,
    ...extra,
  };
}

function target(year: number, value: number): Target {
  return { year, value, source, sample: true };
}

function observation(
  id: string,
  indicatorId: string,
  period: string,
  value: number,
  stage: Stage = 'audited',
): Observation {
  return {
    id,
    indicatorId,
    period,
    value,
    stage,
    asOf: '2020-07-01',
    source: '统计站',
    sample: true,
    recordedAt: '2020-07-01T00:00:00.000Z',
  };
}

/** A fresh copy of the fixture on every call, like a real seed. */
export function testDataset(): Dataset {
  return {
    indicators: [
      indicator('gdp', '地区生产总值', 'Gross domestic product (GDP)', {
        category: 'wen',
        kind: 'amount',
        unit: '亿元',
        headline: true,
        campaigns: ['xiangmu-year'],
        targets: [target(2020, 100)],
        definition: { zh: '全镇生产总值，按现价计算', en: 'Output of the whole township at current prices' },
      }),
      indicator('new-projects', '新开工项目', 'New projects started', {
        category: 'jin',
        kind: 'count',
        unit: '个',
        campaigns: ['xiangmu-year', 'wuge-baipu'],
        owner: { unit: '项目办', person: '主任' },
        targets: [target(2020, 10)],
      }),
      indicator('green-share', '绿化覆盖率', 'Green coverage', {
        category: 'mei',
        kind: 'ratio',
        unit: '%',
        direction: 'hold',
        cumulative: false,
        owner: { unit: '城建办', person: '主任' },
        targets: [target(2020, 40)],
      }),
      indicator('business-rank', '营商环境排名', 'Business environment rank', {
        category: 'county',
        kind: 'rank',
        unit: '位',
        direction: 'lower',
        cumulative: false,
        headline: true,
        targets: [target(2020, 10)],
      }),
      indicator('road-works', '道路工程节点', 'Road works milestones', {
        category: 'tong',
        kind: 'milestone',
        unit: '项',
        owner: { unit: '城建办', person: '副主任' },
        targets: [target(2020, 3)],
        nodes: [
          { id: 'design', label: { zh: '完成设计', en: 'Design done' }, due: '2020-03-31' },
          { id: 'start', label: { zh: '开工', en: 'Works start' }, due: '2020-07-10' },
          { id: 'finish', label: { zh: '完工', en: 'Works finish' }, due: '2020-10-31' },
        ],
      }),
      indicator('large-firms', '规上企业', 'Firms above designated size', {
        category: 'sanliang',
        kind: 'count',
        unit: '家',
        owner: { unit: '项目办', person: '副主任' },
        targets: [target(2021, 50)],
      }),
    ],
    observations: [
      observation('gdp-2019-06', 'gdp', '2019-06', 36),
      observation('gdp-2020-05', 'gdp', '2020-05', 33),
      observation('gdp-2020-06-r', 'gdp', '2020-06', 42, 'reported'),
      observation('gdp-2020-06', 'gdp', '2020-06', 40),
      observation('projects-2020-06', 'new-projects', '2020-06', 6, 'reported'),
      observation('green-2020-06', 'green-share', '2020-06', 38),
      observation('road-2020-06', 'road-works', '2020-06', 1),
      observation('firms-2020-06', 'large-firms', '2020-06', 30),
    ],
  };
}
