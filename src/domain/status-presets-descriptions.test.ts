import { expect, test } from 'vitest';
import { PRESET_IDS } from './rule-trace';
import { presetDescription } from './status-presets-descriptions';

test('presetDescription states each preset’s rule as domain.md gives it', () => {
  expect(presetDescription('yinchuan', 'zh-CN')).toContain('落后10–30个百分点为黄灯');
  expect(presetDescription('sanya', 'zh-CN')).toContain('连续两个月未完成为红灯');
  expect(presetDescription('tianjin', 'en')).toContain('Green only if cumulative growth is at or above both');
  expect(presetDescription('suqian', 'zh-CN')).toContain('节点临近为蓝灯');
  expect(presetDescription('ouhai', 'zh-CN')).toContain('补齐进度的当月转为黄灯');
  expect(presetDescription('shangcheng', 'zh-CN')).toContain('前25%为绿灯');
  for (const id of PRESET_IDS) expect(presetDescription(id, 'en').length).toBeGreaterThan(20);
});
