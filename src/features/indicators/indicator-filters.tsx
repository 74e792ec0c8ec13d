import { FilterSelect, ownerOptions, SearchBox } from '../../components/filter-fields';
import type { IndicatorsSearch } from '../../routing/search';
import { CAMPAIGNS, CATEGORIES } from '../../domain/indicator';
import { STATUSES } from '../../domain/status';
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
  const all = t('indicators.all');
  const hasFilters = Boolean(search.category || search.status || search.owner || search.campaign || search.q);
  return (
    <form className="filters" role="search" aria-label={t('indicators.filters')} onSubmit={(e) => e.preventDefault()}>
      <SearchBox
        label={t('indicators.search')}
        placeholder={t('indicators.searchPlaceholder')}
        value={search.q ?? ''}
        onChange={(q) => onChange({ q: q || undefined })}
      />
      <FilterSelect
        label={t('indicators.category')}
        allLabel={all}
        value={search.category}
        options={CATEGORIES.map((c) => ({ value: c, label: pick(CATEGORY_LABELS[c], locale) }))}
        onChange={(category) => onChange({ category })}
      />
      <FilterSelect
        label={t('indicators.status')}
        allLabel={all}
        value={search.status}
        options={STATUSES.map((s) => ({ value: s, label: `${statusLabel(s, locale)} · ${statusMeaning(s, locale)}` }))}
        onChange={(status) => onChange({ status })}
      />
      <FilterSelect
        label={t('indicators.owner')}
        allLabel={all}
        value={search.owner}
        options={ownerOptions(owners, search.owner)}
        onChange={(owner) => onChange({ owner })}
      />
      <FilterSelect
        label={t('indicators.campaign')}
        allLabel={all}
        value={search.campaign}
        options={CAMPAIGNS.map((c) => ({ value: c, label: pick(CAMPAIGN_LABELS[c], locale) }))}
        onChange={(campaign) => onChange({ campaign })}
      />
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
