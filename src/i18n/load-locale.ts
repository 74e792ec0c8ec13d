/**
 * Loads what a language needs before it is shown: Chinese is always there; English brings its core
 * catalogue (a small lazy chunk). Call before switching the locale, and before the first render when
 * the saved locale is English.
 */
import type { Locale } from '../domain/format';

export async function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'en') await import('./messages-en');
}
