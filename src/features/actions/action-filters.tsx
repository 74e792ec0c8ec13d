import { useId } from 'react';
import { MILESTONE_STATES, milestoneFilterSchema } from '../../domain/action';
import { CAMPAIGNS, campaignSchema } from '../../domain/indicator';
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
  const id = useId();
  const hasFilters = Boolean(search.campaign || search.owner || search.state);
  return (
    <form className="filters" role="search" aria-label={t('actions.filters')} onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor={`${id}-campaign`}>{t('actions.filter.campaign')}</label>
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
      <div className="field">
        <label htmlFor={`${id}-owner`}>{t('actions.filter.owner')}</label>
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
        <label htmlFor={`${id}-state`}>{t('actions.filter.state')}</label>
        <select
          id={`${id}-state`}
          value={search.state ?? ''}
          onChange={(e) => onChange({ state: milestoneFilterSchema.safeParse(e.target.value).data })}
        >
          <option value="">{t('indicators.all')}</option>
          {MILESTONE_STATES.map((s) => (
            <option key={s} value={s}>
              {pick(MILESTONE_STATE_LABELS[s], locale)}
            </option>
          ))}
          <option value="due-soon">{t('actions.light.due-soon')}</option>
        </select>
      </div>
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
