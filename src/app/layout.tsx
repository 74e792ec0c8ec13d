import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, useLocation, useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useId } from 'react';
import { summaryQuery } from '../api/summary';
import { formatPeriod } from '../domain/format';
import { useT, useLocale } from '../i18n/use-t';
import { useSettingsStore } from '../stores/settings-store';
import { validatePeriodSearch } from '../routing/search';
import { loadLocale } from '../i18n/load-locale';
import { PrintFooter, PrintHeader } from './print-frame';

/** The frame of every page: title, navigation, the period, the language switch. */
export function Layout() {
  const t = useT();
  const locale = useLocale();
  const localeSwitched = useSettingsStore((s) => s.localeSwitched);
  const search = useSearch({ strict: false });
  // The raw search of the root route: "?period=2019" arrives as the number 2019.
  const { period } = validatePeriodSearch(search);

  // The document language follows the interface, for screen readers and CJK font choice.
  useEffect(() => {
    document.documentElement.lang = locale === 'en' ? 'en' : 'zh-CN';
    document.title = t('app.title');
  }, [locale, t]);

  return (
    <div className="app">
      <PrintHeader period={formatPeriod(period, locale)} />
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-title">{t('app.title')}</span>
          <span className="brand-subtitle">{t('app.subtitle')}</span>
        </div>
        <nav aria-label={t('nav.label')} className="main-nav">
          <Link to="/" search={{ period }} activeOptions={{ exact: true, includeSearch: false }}>
            {t('nav.overview')}
          </Link>
          <Link to="/indicators" search={{ period }} activeOptions={{ includeSearch: false }}>
            {t('nav.indicators')}
          </Link>
          <Link to="/benchmarks" search={{ period }} activeOptions={{ includeSearch: false }}>
            {t('nav.benchmarks')}
          </Link>
          <Link to="/projects" search={{ period }} activeOptions={{ includeSearch: false }}>
            {t('nav.projects')}
          </Link>
          <Link to="/actions" search={{ period }} activeOptions={{ includeSearch: false }}>
            {t('nav.actions')}
          </Link>
          <Link to="/responsibility" search={{ period }} activeOptions={{ includeSearch: false }}>
            {t('nav.responsibility')}
          </Link>
          <Link to="/import" search={{ period }} activeOptions={{ includeSearch: false }}>
            {t('nav.import')}
          </Link>
          <Link to="/settings" search={{ period }} activeOptions={{ includeSearch: false }}>
            {t('nav.settings')}
          </Link>
        </nav>
        <div className="header-tools">
          <PeriodPicker period={period} />
          <button
            type="button"
            className="button-secondary"
            lang={locale === 'en' ? 'zh-CN' : 'en'}
            title={t('header.languageLabel')}
            onClick={() => {
              const next = locale === 'en' ? 'zh-CN' : 'en';
              void loadLocale(next).then(() => localeSwitched(next));
            }}
          >
            {t('header.language')}
          </button>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
      <PrintFooter />
    </div>
  );
}

/** The period of every view, kept in the URL. */
function PeriodPicker({ period }: { period: string }) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const navigate = useNavigate();
  const pathname = useLocation({ select: (l) => l.pathname });
  const thresholds = useSettingsStore((s) => s.thresholds);
  const presets = useSettingsStore((s) => s.presets);
  // The Overview's own query, so the two share one request and one cache entry.
  const { data } = useQuery(summaryQuery(period, thresholds, presets));
  const periods = [...new Set([...(data?.periods ?? []), period])].sort().reverse();
  return (
    <div className="field-inline">
      <label htmlFor={id}>{t('header.period')}</label>
      <select
        id={id}
        value={period}
        onChange={(e) => {
          const next = e.target.value;
          void navigate({ to: pathname, search: (prev: Record<string, unknown>) => ({ ...prev, period: next }) });
        }}
      >
        {periods.map((p) => (
          <option key={p} value={p}>
            {formatPeriod(p, locale)}
          </option>
        ))}
      </select>
    </div>
  );
}
