import type { Locale } from '../../domain/format';

const formats = new Map<Locale, Intl.DateTimeFormat>();

/**
 * When something was recorded, in Beijing time: "2020年7月1日 10:30" / "1 Jul 2020, 10:30". An
 * unreadable timestamp is shown as it came.
 */
export function formatRecordedAt(iso: string, locale: Locale): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', {
      year: 'numeric',
      month: locale === 'zh-CN' ? 'long' : 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'Asia/Shanghai',
    });
    formats.set(locale, format);
  }
  return format.format(time);
}
