import { useCallback } from 'react';
import type { Locale } from '../domain/format';
import { useSettingsStore } from '../stores/settings-store';
import { en, zh, type CoreMessageKey, type MessageKey } from './messages';
import { sectionMessage } from './registry';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Looks a message up and fills its {placeholders}. */
export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  const core: Readonly<Record<CoreMessageKey, string>> = locale === 'en' ? en : zh;
  const template = Object.hasOwn(core, key) ? core[key as CoreMessageKey] : sectionMessage(locale, key);
  if (template === undefined) {
    // A section key used where its section module is not imported: loud in development and tests,
    // the bare key (never a crash) in production.
    if (import.meta.env.DEV) throw new Error(`message "${key}" used before its section was imported`);
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
