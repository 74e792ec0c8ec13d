/**
 * UI settings kept in this browser: the interface language, the status thresholds, the status
 * rule preset of each indicator category and the name the demo records changes under.
 * Server data never lives here (it lives in the TanStack Query cache).
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { DEFAULT_USER_NAME } from '../domain/contract';
import type { Locale } from '../domain/format';
import { DEFAULT_PRESET_MAP, presetMapSchema, type PresetMap } from '../domain/preset-map';
import { DEFAULT_THRESHOLDS, thresholdsSchema, type Thresholds } from '../domain/status';

interface SettingsState {
  locale: Locale;
  thresholds: Thresholds;
  presets: PresetMap;
  /** Who the history says made a change (the demo has no accounts). */
  userName: string;
  localeSwitched: (locale: Locale) => void;
  thresholdsChanged: (thresholds: Thresholds) => void;
  thresholdsRestored: () => void;
  presetsChanged: (presets: PresetMap) => void;
  userNameChanged: (userName: string) => void;
}

/** The name changes are recorded under until the user gives theirs: the API's default. */
export { DEFAULT_USER_NAME };

/** A name the history can show: 1–50 characters after trimming, no control characters. */
export function validUserName(name: string): string | null {
  const trimmed = name.trim();
  // eslint-disable-next-line no-control-regex
  return trimmed.length >= 1 && trimmed.length <= 50 && !/[\u0000-\u001f\u007f]/.test(trimmed) ? trimmed : null;
}

const initial = {
  locale: 'zh-CN' as Locale,
  thresholds: DEFAULT_THRESHOLDS,
  presets: DEFAULT_PRESET_MAP,
  userName: DEFAULT_USER_NAME,
};

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      ...initial,
      localeSwitched: (locale) => set({ locale }),
      thresholdsChanged: (thresholds) => set({ thresholds }),
      thresholdsRestored: () => set({ thresholds: DEFAULT_THRESHOLDS }),
      presetsChanged: (presets) => set({ presets }),
      userNameChanged: (userName) => set({ userName: validUserName(userName) ?? DEFAULT_USER_NAME }),
    }),
    {
      name: 'baipu-dashboard/v1/settings',
      storage: createJSONStorage(() => localStorage),
      partialize: ({ locale, thresholds, presets, userName }) => ({ locale, thresholds, presets, userName }),
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
          userName: (typeof p.userName === 'string' && validUserName(p.userName)) || current.userName,
        };
      },
    },
  ),
);

/** Back to the defaults (tests call this between cases: zustand stores are module-global). */
export function resetSettingsStore(): void {
  useSettingsStore.setState(initial);
}
