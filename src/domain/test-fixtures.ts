/**
 * Small hand-built records for the domain tests. Not used by the app.
 */
import type { Indicator, MilestoneNode, Target } from './indicator';
import type { Observation } from './observation';

export const SOURCE = { title: '测试来源' };

/** A year target; linear pacing unless a plan is given. */
export function makeTarget(year: number, value: number, extra: Partial<Target> = {}): Target {
  return { year, value, source: SOURCE, sample: false, ...extra };
}

/** An amount indicator (亿元, cumulative, higher is better) with a 2020 target of 10 unless overridden. */
export function makeIndicator(extra: Partial<Indicator> = {}): Indicator {
  return {
    id: 'foreign-trade',
    name: { zh: '外贸进出口', en: 'Foreign trade' },
    category: 'jin',
    campaigns: [],
    unit: '亿元',
    kind: 'amount',
    direction: 'higher',
    cumulative: true,
    headline: false,
    baseline: null,
    targets: [makeTarget(2020, 10)],
    owner: { unit: '经发办', person: '主任' },
    definition: { zh: '海关口径', en: 'Customs definition' },
    source: SOURCE,
    ...extra,
  };
}

/** 7 new 亿元 projects started in 2020. */
export function countIndicator(extra: Partial<Indicator> = {}): Indicator {
  return makeIndicator({
    id: 'projects-started',
    name: { zh: '新开工亿元项目', en: 'New 100M-yuan projects started' },
    unit: '个',
    kind: 'count',
    targets: [makeTarget(2020, 7)],
    ...extra,
  });
}

/** A share in % to reach and hold (target 35%). */
export function ratioIndicator(extra: Partial<Indicator> = {}): Indicator {
  return makeIndicator({
    id: 'equipment-share',
    name: { zh: '设备投资占工业投资比重', en: 'Equipment share of industrial investment' },
    category: 'shares',
    unit: '%',
    kind: 'ratio',
    direction: 'hold',
    cumulative: false,
    targets: [makeTarget(2020, 35)],
    ...extra,
  });
}

/** A rank (lower is better): into the top 20 from 22nd. */
export function rankIndicator(extra: Partial<Indicator> = {}): Indicator {
  return makeIndicator({
    id: 'county-rank',
    name: { zh: '百强县排名', en: 'Top-100 county rank' },
    category: 'county',
    unit: '位',
    kind: 'rank',
    direction: 'lower',
    cumulative: false,
    baseline: { year: 2019, value: 22, source: SOURCE, sample: false },
    targets: [makeTarget(2020, 20)],
    ...extra,
  });
}

export function node(id: string, due: string): MilestoneNode {
  return { id, label: { zh: `节点${id}`, en: `Node ${id}` }, due };
}

/** A milestone task with four 2020 nodes: 03-31, 06-30, 09-30, 12-31. */
export function milestoneIndicator(extra: Partial<Indicator> = {}): Indicator {
  return makeIndicator({
    id: 'east-ring-road',
    name: { zh: '东环路建设', en: 'East Ring Road' },
    category: 'tong',
    unit: '项',
    kind: 'milestone',
    nodes: [node('a', '2020-03-31'), node('b', '2020-06-30'), node('c', '2020-09-30'), node('d', '2020-12-31')],
    targets: [makeTarget(2020, 4)],
    ...extra,
  });
}

let seq = 0;

/** A reported observation of the amount indicator unless overridden. */
export function makeObservation(period: string, value: number, extra: Partial<Observation> = {}): Observation {
  seq += 1;
  return {
    id: `obs-${seq}`,
    indicatorId: 'foreign-trade',
    period,
    value,
    stage: 'reported',
    asOf: '2020-07-10',
    source: '镇统计站',
    sample: false,
    recordedAt: '2020-07-10T08:00:00Z',
    ...extra,
  };
}
