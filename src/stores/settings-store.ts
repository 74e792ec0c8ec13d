/**
 * UI settings kept in this browser: the interface language and the status thresholds.
 * Server data never lives here (it lives in the TanStack Query cache).
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Locale } from '../domain/format';
import { DEFAULT_THRESHOLDS, thresholdsSchema, type Thresholds } from '../domain/status';

interface SettingsState {
  locale: Locale;
  thresholds: Thresholds;
  localeSwitched: (locale: Locale) => void;
  thresholdsChanged: (thresholds: Thresholds) => void;
  thresholdsRestored: () => void;
}

const initial = { locale: 'zh-CN' as Locale, thresholds: DEFAULT_THRESHOLDS };

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      ...initial,
      localeSwitched: (locale) => set({ locale }),
      thresholdsChanged: (thresholds) => set({ thresholds }),
      thresholdsRestored: () => set({ thresholds: DEFAULT_THRESHOLDS }),
    }),
    {
      name: 'baipu-dashboard/v1/settings',
      storage: createJSONStorage(() => localStorage),
      partialize: ({ locale, thresholds }) => ({ locale, thresholds }),
      // A hand-edited or outdated entry must not break the app: keep only what validates.
      merge: (persisted, current) => {
        const p = (persisted ?? {}) as Partial<SettingsState>;
        const t = thresholdsSchema.safeParse(p.thresholds);
        return {
          ...current,
          locale: p.locale === 'en' || p.locale === 'zh-CN' ? p.locale : current.locale,
          thresholds: t.success ? t.data : current.thresholds,
        };
      },
    },
  ),
);

/** Back to the defaults (tests call this between cases: zustand stores are module-global). */
export function resetSettingsStore(): void {
  useSettingsStore.setState(initial);
}
