import { useCallback } from 'react';
import type { Locale } from '../domain/format';
import { useSettingsStore } from '../stores/settings-store';
import { zh, type CoreMessageKey, type MessageKey } from './messages';
import { sectionMessage } from './registry';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Looks a message up and fills its {placeholders}. */
export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  // Chinese core messages are always here; English ones and sections once their module has loaded.
  const template =
    locale === 'zh-CN' && Object.hasOwn(zh, key) ? zh[key as CoreMessageKey] : sectionMessage(locale, key);
  if (template === undefined) {
    // A message used before its module was loaded: loud in development and tests, the bare key
    // (never a crash) in production.
    if (import.meta.env.DEV) throw new Error(`message "${key}" used before its module was loaded`);
    return key;
  }
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** The current locale. */
export function useLocale(): Locale {
  return useSettingsStore((s) => s.locale);
}

/** The translate function for the current locale. */
export function useT(): Translate {
  const locale = useLocale();
  return useCallback((key, params) => translate(locale, key, params), [locale]);
}

/** Picks the text of a bilingual record for the current locale. */
export function pick(text: { zh: string; en: string }, locale: Locale): string {
  return locale === 'en' ? text.en : text.zh;
}
