import { expect, test } from 'vitest';
import { STATUSES } from './status';
import { statusLabel, statusMeaning, statusReasonText } from './status-text';

test('statusLabel names each light in Chinese', () => {
  expect(STATUSES.map((s) => statusLabel(s, 'zh-CN'))).toEqual(['红灯', '黄灯', '蓝灯', '绿灯', '灰灯']);
});

test('statusLabel names each light in English', () => {
  expect(STATUSES.map((s) => statusLabel(s, 'en'))).toEqual(['Red', 'Yellow', 'Blue', 'Green', 'Grey']);
});

test('statusMeaning says what each light means in Chinese', () => {
  expect(STATUSES.map((s) => statusMeaning(s, 'zh-CN'))).toEqual([
    '严重滞后',
    '略有滞后',
    '节点临近',
    '序时推进',
    '暂无数据',
  ]);
});

test('statusMeaning says what each light means in English', () => {
  expect(STATUSES.map((s) => statusMeaning(s, 'en'))).toEqual([
    'far behind',
    'slightly behind',
    'deadline near',
    'on track',
    'no data yet',
  ]);
});

test('statusReasonText says how far behind in Chinese without a plus sign', () => {
  expect(statusReasonText({ code: 'behind', points: 12.5 }, 'zh-CN')).toBe('落后序时进度 12.5 个百分点');
});

test('statusReasonText says how far behind in English without a plus sign', () => {
  expect(statusReasonText({ code: 'behind', points: 12.5 }, 'en')).toBe('12.5 pts behind the time-elapsed pace');
});

test('statusReasonText says how far ahead in both languages', () => {
  expect(statusReasonText({ code: 'ahead', points: 3 }, 'zh-CN')).toBe('超序时进度 3 个百分点');
  expect(statusReasonText({ code: 'ahead', points: 11.1 }, 'en')).toBe('11.1 pts ahead of the time-elapsed pace');
});

test('statusReasonText rounds points to one decimal', () => {
  expect(statusReasonText({ code: 'behind', points: 14.2857 }, 'zh-CN')).toBe('落后序时进度 14.3 个百分点');
});

test('statusReasonText explains the grey reasons', () => {
  expect(statusReasonText({ code: 'no-target' }, 'zh-CN')).toBe('本年度未设目标');
  expect(statusReasonText({ code: 'no-target' }, 'en')).toBe('No target set for this year');
  expect(statusReasonText({ code: 'no-data' }, 'zh-CN')).toBe('本期尚无数据');
  expect(statusReasonText({ code: 'no-data' }, 'en')).toBe('No data for this period yet');
  expect(statusReasonText({ code: 'no-rate' }, 'zh-CN')).toBe('目标为零，无法计算完成率');
  expect(statusReasonText({ code: 'no-rate' }, 'en')).toBe('The target is zero; no completion rate');
});

test('statusReasonText says on pace in both languages', () => {
  expect(statusReasonText({ code: 'on-pace' }, 'zh-CN')).toBe('与序时进度持平');
  expect(statusReasonText({ code: 'on-pace' }, 'en')).toBe('Exactly on the time-elapsed pace');
});

test('statusReasonText names the node and the days left', () => {
  const reason = { code: 'deadline-near', days: 10, node: { zh: '东环路开工', en: 'East Ring Road starts' } } as const;
  expect(statusReasonText(reason, 'zh-CN')).toBe('节点“东环路开工”还有 10 天到期');
  expect(statusReasonText(reason, 'en')).toBe('Milestone “East Ring Road starts” is due in 10 days');
});

test('a share below its target is said in percentage points and a rank in places', () => {
  expect(statusReasonText({ code: 'level-below', amount: 4.5, unit: 'pp' }, 'zh-CN')).toBe('低于目标 4.5 个百分点');
  expect(statusReasonText({ code: 'level-below', amount: 4.5, unit: 'pp' }, 'en')).toBe('4.5 pts below the target');
  expect(statusReasonText({ code: 'level-below', amount: 2, unit: 'places' }, 'zh-CN')).toBe('落后目标名次 2 位');
  expect(statusReasonText({ code: 'level-met', amount: 0, unit: 'places' }, 'zh-CN')).toBe('达到目标');
  expect(statusReasonText({ code: 'level-met', amount: 1.5, unit: 'pp' }, 'zh-CN')).toBe('高于目标 1.5 个百分点');
  expect(statusReasonText({ code: 'level-met', amount: 3, unit: 'places' }, 'en')).toBe(
    '3 places ahead of the target rank',
  );
});
