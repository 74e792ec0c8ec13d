/**
 * The header and footer of a printed page (print.css shows them in print only): the app's name and
 * the date of printing, in the interface's language, "白蒲镇发展目标看板 · 打印于 2026年11月26日".
 * The date is taken again just before printing, so a page left open overnight prints today's date.
 */
import { useLocation } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Locale } from '../domain/format';
import { useLocale, useT } from '../i18n/use-t';

/** Today in Beijing, as the interface writes dates: "2026年11月26日" / "26 Nov 2026". */
export function printDate(now: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
    year: 'numeric',
    month: locale === 'en' ? 'short' : 'long',
    day: 'numeric',
    timeZone: 'Asia/Shanghai',
  }).format(now);
}

function usePrintLine(): string {
  const t = useT();
  const locale = useLocale();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    // Committed at once: the browser lays the page out for print right after this event.
    const update = () => flushSync(() => setNow(new Date()));
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, []);
  return t('print.header', { title: t('app.title'), date: printDate(now, locale) });
}

/** Top of the first printed page: name and date, and the period the view shows. */
export function PrintHeader({ period }: { period: string }) {
  const line = usePrintLine();
  const t = useT();
  const locale = useLocale();
  return (
    <div className="print-only print-header" aria-hidden="true">
      <span>{line}</span>
      <span>
        {t('header.period')}
        {locale === 'en' ? ': ' : '：'}
        {period}
      </span>
    </div>
  );
}

/** End of the printed document: name, date and where the view lives. */
export function PrintFooter() {
  const line = usePrintLine();
  const href = useLocation({ select: (l) => l.href });
  return (
    <div className="print-only print-footer" aria-hidden="true">
      {line} · {new URL(href, window.location.origin).href}
    </div>
  );
}
