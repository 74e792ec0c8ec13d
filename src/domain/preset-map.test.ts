import { expect, test } from 'vitest';
import { CATEGORIES } from './indicator';
import {
  DEFAULT_PRESET_MAP,
  needsBenchmarkSet,
  parsePresetMap,
  presetMapSchema,
  serialisePresetMap,
  type PresetMap,
} from './preset-map';

test('the default map gives every category the default rule', () => {
  expect(Object.keys(DEFAULT_PRESET_MAP)).toEqual([...CATEGORIES]);
  expect(new Set(Object.values(DEFAULT_PRESET_MAP))).toEqual(new Set(['default']));
  expect(presetMapSchema.safeParse(DEFAULT_PRESET_MAP).success).toBe(true);
});

test('parsePresetMap reads category:preset pairs and leaves the rest on the default', () => {
  const parsed = parsePresetMap('wen:yinchuan,shares:tianjin');
  expect(parsed).toEqual({ ok: true, map: { ...DEFAULT_PRESET_MAP, wen: 'yinchuan', shares: 'tianjin' } });
});

test('parsePresetMap takes empty text as the default map and ignores spaces around pairs', () => {
  expect(parsePresetMap('')).toEqual({ ok: true, map: DEFAULT_PRESET_MAP });
  expect(parsePresetMap('  ')).toEqual({ ok: true, map: DEFAULT_PRESET_MAP });
  expect(parsePresetMap(' wen : sanya , mei:ouhai ')).toEqual({
    ok: true,
    map: { ...DEFAULT_PRESET_MAP, wen: 'sanya', mei: 'ouhai' },
  });
});

test('parsePresetMap refuses unknown categories and presets with a message in both languages', () => {
  const cat = parsePresetMap('wen:yinchuan,nope:sanya');
  expect(cat.ok).toBe(false);
  if (!cat.ok) {
    expect(cat.message.zh).toContain('没有指标组“nope”');
    expect(cat.message.en).toContain('there is no category "nope"');
  }
  const preset = parsePresetMap('wen:beijing');
  expect(preset.ok).toBe(false);
  if (!preset.ok) {
    expect(preset.message.zh).toContain('没有预设“beijing”');
    expect(preset.message.en).toContain('there is no preset "beijing"');
  }
});

test('parsePresetMap refuses malformed pairs, repeated categories and overlong text', () => {
  for (const bad of [
    'wen',
    'wen:',
    ':yinchuan',
    'wen:yinchuan:x',
    'wen:yinchuan,',
    'wen:sanya,wen:ouhai',
    'x'.repeat(201),
  ]) {
    expect(parsePresetMap(bad).ok, bad).toBe(false);
  }
});

test('serialisePresetMap writes only the categories off the default, in category order', () => {
  expect(serialisePresetMap(DEFAULT_PRESET_MAP)).toBe('');
  expect(serialisePresetMap({ ...DEFAULT_PRESET_MAP, shares: 'tianjin', wen: 'yinchuan' })).toBe(
    'wen:yinchuan,shares:tianjin',
  );
});

test('serialise then parse gives the same map', () => {
  const map: PresetMap = { ...DEFAULT_PRESET_MAP, jin: 'suqian', county: 'shangcheng', tong: 'default' };
  expect(parsePresetMap(serialisePresetMap(map))).toEqual({ ok: true, map });
});

test('needsBenchmarkSet says whether a preset compares with the benchmark members', () => {
  expect(needsBenchmarkSet(DEFAULT_PRESET_MAP)).toBe(false);
  expect(needsBenchmarkSet({ ...DEFAULT_PRESET_MAP, wen: 'yinchuan' })).toBe(false);
  expect(needsBenchmarkSet({ ...DEFAULT_PRESET_MAP, wen: 'tianjin' })).toBe(true);
  expect(needsBenchmarkSet({ ...DEFAULT_PRESET_MAP, mei: 'shangcheng' })).toBe(true);
});
