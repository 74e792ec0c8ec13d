/**
 * Which status preset applies to each indicator category, and its one-parameter form for the API
 * (`presets=wen:yinchuan,shares:tianjin`). One parameter rather than seven keeps URLs and query
 * keys short, and categories left out use the default rule, so the empty map is the old behaviour.
 */
import { CATEGORIES, categorySchema, type Bilingual, type Category } from './indicator';
import { PRESET_IDS, presetIdSchema, type PresetId } from './rule-trace';
import { z } from './zod';

export type PresetMap = Readonly<Record<Category, PresetId>>;

export const DEFAULT_PRESET_MAP: PresetMap = Object.freeze(
  Object.fromEntries(CATEGORIES.map((c) => [c, 'default'])) as Record<Category, PresetId>,
);

/** A whole map (every category named), as the settings store keeps it. */
export const presetMapSchema = z.object(
  Object.fromEntries(CATEGORIES.map((c) => [c, presetIdSchema])) as Record<Category, typeof presetIdSchema>,
);

/** The longest `presets` parameter accepted: every category with the longest preset id, and then some. */
export const MAX_PRESET_PARAM_LENGTH = 200;

export type PresetMapParsed = { ok: true; map: PresetMap } | { ok: false; message: Bilingual };

/**
 * Reads `wen:yinchuan,shares:tianjin`: comma-separated `category:preset` pairs, each category at
 * most once, surrounding spaces ignored. Empty text is the default map. Anything else is refused
 * with a message naming the first problem (an unknown category or preset, a pair without ":").
 */
export function parsePresetMap(text: string): PresetMapParsed {
  const map: Record<Category, PresetId> = { ...DEFAULT_PRESET_MAP };
  if (text.trim() === '') return { ok: true, map };
  if (text.length > MAX_PRESET_PARAM_LENGTH) {
    return {
      ok: false,
      message: {
        zh: `最多 ${MAX_PRESET_PARAM_LENGTH} 个字符`,
        en: `must be at most ${MAX_PRESET_PARAM_LENGTH} characters`,
      },
    };
  }
  const seen = new Set<string>();
  for (const raw of text.split(',')) {
    const pair = raw.trim();
    const [cat, preset, ...rest] = pair.split(':').map((s) => s.trim());
    if (cat === undefined || preset === undefined || rest.length > 0 || cat === '' || preset === '') {
      return {
        ok: false,
        message: {
          zh: `“${pair}”应写作“指标组:预设”，如 wen:yinchuan`,
          en: `"${pair}" must be written category:preset, as in wen:yinchuan`,
        },
      };
    }
    const category = categorySchema.safeParse(cat);
    if (!category.success) {
      return {
        ok: false,
        message: {
          zh: `没有指标组“${cat}”，可选：${CATEGORIES.join('、')}`,
          en: `there is no category "${cat}"; one of: ${CATEGORIES.join(', ')}`,
        },
      };
    }
    const id = presetIdSchema.safeParse(preset);
    if (!id.success) {
      return {
        ok: false,
        message: {
          zh: `没有预设“${preset}”，可选：${PRESET_IDS.join('、')}`,
          en: `there is no preset "${preset}"; one of: ${PRESET_IDS.join(', ')}`,
        },
      };
    }
    if (seen.has(category.data)) {
      return {
        ok: false,
        message: { zh: `指标组“${cat}”只能出现一次`, en: `category "${cat}" must be given only once` },
      };
    }
    seen.add(category.data);
    map[category.data] = id.data;
  }
  return { ok: true, map };
}

/**
 * The map as the `presets` parameter: only the categories off the default, in category order, so
 * the same map always gives the same text (and the same query key); '' for the default map.
 */
export function serialisePresetMap(map: Partial<Record<Category, PresetId>>): string {
  return CATEGORIES.flatMap((c) => {
    const id = map[c];
    return id && id !== 'default' ? [`${c}:${id}`] : [];
  }).join(',');
}

/** Whether any category uses a preset that compares with the benchmark set (天津, 商城县). */
export function needsBenchmarkSet(map: PresetMap): boolean {
  return CATEGORIES.some((c) => map[c] === 'tianjin' || map[c] === 'shangcheng');
}
