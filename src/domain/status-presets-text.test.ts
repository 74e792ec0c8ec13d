import { expect, test } from 'vitest';
import { PRESET_IDS, type PresetReason } from './status-presets';
import { presetName, presetReasonText, ruleTraceText } from './status-presets-text';

const both = (reason: PresetReason) => [presetReasonText(reason, 'zh-CN'), presetReasonText(reason, 'en')];

test('presetName names every preset in both languages, each differently', () => {
  const zh = PRESET_IDS.map((id) => presetName(id, 'zh-CN'));
  const en = PRESET_IDS.map((id) => presetName(id, 'en'));
  expect(new Set(zh).size).toBe(PRESET_IDS.length);
  expect(new Set(en).size).toBe(PRESET_IDS.length);
  expect(presetName('yinchuan', 'zh-CN')).toBe('银川规则（落后序时进度分档）');
  expect(presetName('shangcheng', 'en')).toBe('Shangcheng rule (rank quartile)');
});

test('presetReasonText: 银川 tolerance and bands', () => {
  expect(both({ code: 'within-tolerance', points: 5, tolerance: 10 })).toEqual([
    '落后序时进度 5 个百分点，在 10 个百分点容差以内',
    '5 pts behind the time-elapsed pace, within the 10-pt tolerance',
  ]);
  expect(both({ code: 'behind-band', points: 15, min: 10, max: 30 })).toEqual([
    '落后序时进度 15 个百分点（10–30 个百分点）',
    '15 pts behind the time-elapsed pace (10–30 pts)',
  ]);
  expect(both({ code: 'behind-band', points: 30.1, min: 30, max: null })).toEqual([
    '落后序时进度 30.1 个百分点（超过 30 个百分点）',
    '30.1 pts behind the time-elapsed pace (more than 30 pts)',
  ]);
});

test('presetReasonText: 三亚 share below plan and missed months', () => {
  expect(both({ code: 'below-plan', pct: 20, limit: 50 })).toEqual([
    '低于计划进度 20%（50%以内）',
    '20% below plan (within 50%)',
  ]);
  expect(both({ code: 'below-plan', pct: 60, limit: 50 })).toEqual([
    '低于计划进度 60%（超过50%）',
    '60% below plan (more than 50%)',
  ]);
  expect(both({ code: 'plan-met' })).toEqual(['达到计划进度', 'At or above plan']);
  expect(both({ code: 'months-missed', months: 1, last: '2020-06' })).toEqual([
    '2020年6月未完成月度任务',
    'Missed the monthly task in June 2020',
  ]);
  expect(both({ code: 'months-missed', months: 2, last: '2020-06' })).toEqual([
    '连续 2 个月未完成月度任务（截至2020年6月）',
    'Missed the monthly task 2 months in a row (to June 2020)',
  ]);
});

test('presetReasonText: 瓯海 caught up and month met', () => {
  expect(both({ code: 'caught-up', period: '2020-06', missed: '2020-05' })).toEqual([
    '2020年6月已补齐进度（2020年5月未完成）',
    'Caught up in June 2020 after missing May 2020',
  ]);
  expect(both({ code: 'month-met', period: '2020-06' })).toEqual([
    '2020年6月完成月度任务',
    'Met the monthly task in June 2020',
  ]);
  expect(both({ code: 'no-history' })).toEqual(['暂无逐月数据', 'No month-by-month data']);
});

test('presetReasonText: 天津 growth against plan and peers', () => {
  expect(both({ code: 'growth-negative', growthPct: -10 })).toEqual([
    '累计增幅 -10%，负增长',
    'Cumulative growth -10%: negative',
  ]);
  expect(both({ code: 'growth-below', growthPct: 20, planPct: 25, peerPct: 22, below: 'both' })).toEqual([
    '累计增幅 20%，低于计划 25% 和对标平均 22%',
    'Cumulative growth 20%, below the plan (25%) and the peer average (22%)',
  ]);
  expect(
    presetReasonText({ code: 'growth-below', growthPct: 20, planPct: 25, peerPct: 15, below: 'plan' }, 'zh-CN'),
  ).toBe('累计增幅 20%，低于计划 25%');
  expect(
    presetReasonText({ code: 'growth-below', growthPct: 25, planPct: 25, peerPct: 30, below: 'peers' }, 'en'),
  ).toBe('Cumulative growth 25%, below the peer average (30%)');
  expect(both({ code: 'growth-meets', growthPct: 25.5, planPct: 25, peerPct: 20 })).toEqual([
    '累计增幅 25.5%，不低于计划 25% 和对标平均 20%',
    'Cumulative growth 25.5%, at or above the plan (25%) and the peer average (20%)',
  ]);
  expect(both({ code: 'no-growth' })).toEqual(['暂无同口径累计增幅', 'No same-cut-off growth yet']);
  expect(both({ code: 'no-comparison', missing: 'peers' })).toEqual(['缺少对标平均增幅', 'No peer average growth']);
  expect(both({ code: 'no-comparison', missing: 'plan' })).toEqual(['缺少计划增幅', 'No planned growth rate']);
  expect(both({ code: 'no-comparison', missing: 'both' })).toEqual([
    '缺少计划增幅和对标平均增幅',
    'No planned growth and no peer average',
  ]);
});

test('presetReasonText: 宿迁 overdue, and the default’s deadline-near as statusReasonText says it', () => {
  const node = { zh: '东环路开工', en: 'East Ring Road start' };
  expect(both({ code: 'overdue', days: 15, node })).toEqual([
    '节点“东环路开工”已逾期 15 天',
    'Milestone “East Ring Road start” is 15 days overdue',
  ]);
  expect(presetReasonText({ code: 'overdue', days: 1, node }, 'en')).toBe(
    'Milestone “East Ring Road start” is 1 day overdue',
  );
  expect(both({ code: 'deadline-near', days: 10, node })).toEqual([
    '节点“东环路开工”还有 10 天到期',
    'Milestone “East Ring Road start” is due in 10 days',
  ]);
});

test('presetReasonText: 商城县 rank quartile', () => {
  expect(both({ code: 'rank-quartile', rank: 1, of: 10, quartile: 1 })).toEqual([
    '在 10 个单位中排第 1 位（前25%）',
    'Ranked 1 of 10 (top 25%)',
  ]);
  expect(both({ code: 'rank-quartile', rank: 8, of: 10, quartile: 4 })).toEqual([
    '在 10 个单位中排第 8 位（后25%）',
    'Ranked 8 of 10 (bottom 25%)',
  ]);
  expect(presetReasonText({ code: 'rank-quartile', rank: 5, of: 10, quartile: 2 }, 'en')).toBe(
    'Ranked 5 of 10 (25–50%)',
  );
  expect(both({ code: 'no-rank' })).toEqual(['暂无排名（至少需要两个单位）', 'No rank (needs at least two members)']);
});

test('presetReasonText: the default reasons and no-rule', () => {
  expect(both({ code: 'behind', points: 12.5 })).toEqual([
    '落后序时进度 12.5 个百分点',
    '12.5 pts behind the time-elapsed pace',
  ]);
  expect(both({ code: 'on-pace' })).toEqual(['与序时进度持平', 'Exactly on the time-elapsed pace']);
  expect(both({ code: 'no-rule' })).toEqual(['没有适用的规则', 'No rule applies']);
});

test('ruleTraceText says which preset gave the light and why', () => {
  const trace = {
    preset: 'yinchuan',
    ruleId: 'yinchuan/behind-10-30',
    reason: { code: 'behind-band', points: 15, min: 10, max: 30 },
  } as const;
  expect(ruleTraceText(trace, 'zh-CN')).toBe(
    '银川规则（落后序时进度分档）：落后序时进度 15 个百分点（10–30 个百分点）',
  );
  expect(ruleTraceText(trace, 'en')).toBe(
    'Yinchuan rule (bands behind the pace): 15 pts behind the time-elapsed pace (10–30 pts)',
  );
});
