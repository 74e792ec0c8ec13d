import { FilterSelect, ownerOptions } from '../../components/filter-fields';
import { MILESTONE_STATES } from '../../domain/action';
import { CAMPAIGNS } from '../../domain/indicator';
import type { ActionsSearch } from '../../routing/search';
import { CAMPAIGN_LABELS, MILESTONE_STATE_LABELS } from '../../i18n/labels';
import { pick, useLocale, useT } from '../../i18n/use-t';

export type ActionFilterPatch = Partial<Pick<ActionsSearch, 'campaign' | 'owner' | 'state'>>;

/** The 行动 page's filters: campaign tag, owner unit and milestone state, each written into the URL. */
export function ActionFilters({
  search,
  owners,
  onChange,
}: {
  search: ActionsSearch;
  owners: readonly string[];
  onChange: (patch: ActionFilterPatch) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const all = t('indicators.all');
  const hasFilters = Boolean(search.campaign || search.owner || search.state);
  return (
    <form className="filters" role="search" aria-label={t('actions.filters')} onSubmit={(e) => e.preventDefault()}>
      <FilterSelect
        label={t('actions.filter.campaign')}
        allLabel={all}
        value={search.campaign}
        options={CAMPAIGNS.map((c) => ({ value: c, label: pick(CAMPAIGN_LABELS[c], locale) }))}
        onChange={(campaign) => onChange({ campaign })}
      />
      <FilterSelect
        label={t('actions.filter.owner')}
        allLabel={all}
        value={search.owner}
        options={ownerOptions(owners, search.owner)}
        onChange={(owner) => onChange({ owner })}
      />
      <FilterSelect
        label={t('actions.filter.state')}
        allLabel={all}
        value={search.state}
        options={[
          ...MILESTONE_STATES.map((s) => ({ value: s, label: pick(MILESTONE_STATE_LABELS[s], locale) })),
          { value: 'due-soon' as const, label: t('actions.light.due-soon') },
        ]}
        onChange={(state) => onChange({ state })}
      />
      {hasFilters ? (
        <button
          type="button"
          className="button-secondary"
          onClick={() => onChange({ campaign: undefined, owner: undefined, state: undefined })}
        >
          {t('indicators.clear')}
        </button>
      ) : null}
    </form>
  );
}
