/**
 * UI settings kept in this browser: the interface language, the status thresholds and the status
 * rule preset of each indicator category.
 * Server data never lives here (it lives in the TanStack Query cache).
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Locale } from '../domain/format';
import { DEFAULT_PRESET_MAP, presetMapSchema, type PresetMap } from '../domain/preset-map';
import { DEFAULT_THRESHOLDS, thresholdsSchema, type Thresholds } from '../domain/status';

interface SettingsState {
  locale: Locale;
  thresholds: Thresholds;
  presets: PresetMap;
  localeSwitched: (locale: Locale) => void;
  thresholdsChanged: (thresholds: Thresholds) => void;
  thresholdsRestored: () => void;
  presetsChanged: (presets: PresetMap) => void;
}

const initial = { locale: 'zh-CN' as Locale, thresholds: DEFAULT_THRESHOLDS, presets: DEFAULT_PRESET_MAP };

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      ...initial,
      localeSwitched: (locale) => set({ locale }),
      thresholdsChanged: (thresholds) => set({ thresholds }),
      thresholdsRestored: () => set({ thresholds: DEFAULT_THRESHOLDS }),
      presetsChanged: (presets) => set({ presets }),
    }),
    {
      name: 'baipu-dashboard/v1/settings',
      storage: createJSONStorage(() => localStorage),
      partialize: ({ locale, thresholds, presets }) => ({ locale, thresholds, presets }),
      // A hand-edited or outdated entry must not break the app: keep only what validates.
      merge: (persisted, current) => {
        const p = (persisted ?? {}) as Partial<SettingsState>;
        const t = thresholdsSchema.safeParse(p.thresholds);
        // A map from an older version (a category or preset since renamed) falls back as a whole,
        // rather than half-applying.
        const m = presetMapSchema.safeParse(p.presets);
        return {
          ...current,
          locale: p.locale === 'en' || p.locale === 'zh-CN' ? p.locale : current.locale,
          thresholds: t.success ? t.data : current.thresholds,
          presets: m.success ? m.data : current.presets,
        };
      },
    },
  ),
);

/** Back to the defaults (tests call this between cases: zustand stores are module-global). */
export function resetSettingsStore(): void {
  useSettingsStore.setState(initial);
}
