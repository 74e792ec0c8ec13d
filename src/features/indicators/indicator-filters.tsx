import { useEffect, useId, useState } from 'react';
import type { IndicatorsSearch } from '../../routing/search';
import { CAMPAIGNS, CATEGORIES, campaignSchema, categorySchema } from '../../domain/indicator';
import { STATUSES, statusSchema } from '../../domain/status';
import { statusLabel, statusMeaning } from '../../domain/status-text';
import { CAMPAIGN_LABELS, CATEGORY_LABELS } from '../../i18n/labels';
import { pick, useLocale, useT } from '../../i18n/use-t';

/** The filter bar: each control writes its value into the URL. */
export function IndicatorFilters({
  search,
  owners,
  onChange,
}: {
  search: IndicatorsSearch;
  owners: readonly string[];
  onChange: (patch: Partial<IndicatorsSearch>) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const hasFilters = Boolean(search.category || search.status || search.owner || search.campaign || search.q);
  return (
    <form className="filters" role="search" aria-label={t('indicators.filters')} onSubmit={(e) => e.preventDefault()}>
      <SearchBox value={search.q ?? ''} onChange={(q) => onChange({ q: q || undefined })} />
      <div className="field">
        <label htmlFor={`${id}-category`}>{t('indicators.category')}</label>
        <select
          id={`${id}-category`}
          value={search.category ?? ''}
          onChange={(e) => onChange({ category: categorySchema.safeParse(e.target.value).data })}
        >
          <option value="">{t('indicators.all')}</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {pick(CATEGORY_LABELS[c], locale)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('indicators.status')}</label>
        <select
          id={`${id}-status`}
          value={search.status ?? ''}
          onChange={(e) => onChange({ status: statusSchema.safeParse(e.target.value).data })}
        >
          <option value="">{t('indicators.all')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s, locale)} · {statusMeaning(s, locale)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-owner`}>{t('indicators.owner')}</label>
        <select
          id={`${id}-owner`}
          value={search.owner ?? ''}
          onChange={(e) => onChange({ owner: e.target.value || undefined })}
        >
          <option value="">{t('indicators.all')}</option>
          {[...new Set([...owners, ...(search.owner ? [search.owner] : [])])].map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-campaign`}>{t('indicators.campaign')}</label>
        <select
          id={`${id}-campaign`}
          value={search.campaign ?? ''}
          onChange={(e) => onChange({ campaign: campaignSchema.safeParse(e.target.value).data })}
        >
          <option value="">{t('indicators.all')}</option>
          {CAMPAIGNS.map((c) => (
            <option key={c} value={c}>
              {pick(CAMPAIGN_LABELS[c], locale)}
            </option>
          ))}
        </select>
      </div>
      {hasFilters ? (
        <button
          type="button"
          className="button-secondary"
          onClick={() =>
            onChange({ category: undefined, status: undefined, owner: undefined, campaign: undefined, q: undefined })
          }
        >
          {t('indicators.clear')}
        </button>
      ) : null}
    </form>
  );
}

/**
 * The search box keeps what is typed locally and writes it to the URL after a short pause, so
 * typing does not fire a request per key; the URL stays the source of truth.
 */
function SearchBox({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  // A new URL value (back button, cleared filters) replaces the draft: derived during render.
  if (value !== lastValue) {
    setLastValue(value);
    setDraft(value);
  }
  useEffect(() => {
    if (draft.trim() === value) return;
    const timer = setTimeout(() => onChange(draft.trim()), 250);
    return () => clearTimeout(timer);
  }, [draft, value, onChange]);
  return (
    <div className="field field-grow">
      <label htmlFor={id}>{t('indicators.search')}</label>
      <input
        id={id}
        type="search"
        value={draft}
        placeholder={t('indicators.searchPlaceholder')}
        onChange={(e) => setDraft(e.target.value)}
      />
    </div>
  );
}
