/**
 * Message sections of lazily loaded pages. A section module (messages-projects.ts, …) registers its
 * catalogues when it is first imported, which happens with the page that needs it, before anything
 * of that page renders; the first page's JavaScript carries only the core catalogue.
 */
import type { Locale } from '../domain/format';

const sections: Record<Locale, Map<string, string>> = { 'zh-CN': new Map(), en: new Map() };

/** Adds a section's messages in both languages (its English record is typed to have every key). */
export function registerMessages(zh: Readonly<Record<string, string>>, en: Readonly<Record<string, string>>): void {
  for (const [k, v] of Object.entries(zh)) sections['zh-CN'].set(k, v);
  for (const [k, v] of Object.entries(en)) sections.en.set(k, v);
}

/** A registered section message, or undefined when its section has not been loaded. */
export function sectionMessage(locale: Locale, key: string): string | undefined {
  return sections[locale].get(key);
}
