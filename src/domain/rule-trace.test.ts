import { expect, test } from 'vitest';
import { PRESET_IDS, presetIdSchema, ruleTraceSchema } from './rule-trace';

test('the preset ids are the default rule and the six presets of local practice', () => {
  expect(PRESET_IDS).toEqual(['default', 'yinchuan', 'sanya', 'tianjin', 'suqian', 'ouhai', 'shangcheng']);
  expect(presetIdSchema.safeParse('beijing').success).toBe(false);
});

test('a rule trace takes a default reason or a preset reason, and nothing else', () => {
  expect(
    ruleTraceSchema.safeParse({
      preset: 'yinchuan',
      ruleId: 'yinchuan/yellow',
      reason: { code: 'behind-band', points: 15, min: 10, max: 30 },
    }).success,
  ).toBe(true);
  expect(
    ruleTraceSchema.safeParse({ preset: 'default', ruleId: 'default/red', reason: { code: 'behind', points: 12.5 } })
      .success,
  ).toBe(true);
  expect(ruleTraceSchema.safeParse({ preset: 'default', ruleId: 'x', reason: { code: 'made-up' } }).success).toBe(
    false,
  );
});
