import { useEffect, useId, useState } from 'react';
import {
  INDUSTRIES,
  industrySchema,
  PARKS,
  parkSchema,
  PROJECT_STAGES,
  projectStageSchema,
} from '../../domain/project';
import { INDUSTRY_LABELS } from '../../i18n/labels';
import { pick, useLocale, useT } from '../../i18n/use-t';
import type { ProjectsSearch } from '../../routing/search';
import { parkName, stageName } from './project-text';

type Filters = Omit<ProjectsSearch, 'period'>;

/** The ledger's filter bar: each control writes its value into the URL. */
export function ProjectFilters({
  search,
  owners,
  onChange,
}: {
  search: ProjectsSearch;
  owners: readonly string[];
  onChange: (patch: Partial<Filters>) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const hasFilters = Boolean(
    search.industry || search.park || search.stage || search.owner || search.q || search.reachedIn,
  );
  return (
    <form className="filters" role="search" aria-label={t('projects.filters')} onSubmit={(e) => e.preventDefault()}>
      <SearchBox value={search.q ?? ''} onChange={(q) => onChange({ q: q || undefined })} />
      <div className="field">
        <label htmlFor={`${id}-industry`}>{t('projects.industry')}</label>
        <select
          id={`${id}-industry`}
          value={search.industry ?? ''}
          onChange={(e) => onChange({ industry: industrySchema.safeParse(e.target.value).data })}
        >
          <option value="">{t('projects.all')}</option>
          {INDUSTRIES.map((i) => (
            <option key={i} value={i}>
              {pick(INDUSTRY_LABELS[i], locale)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-park`}>{t('projects.park')}</label>
        <select
          id={`${id}-park`}
          value={search.park ?? ''}
          onChange={(e) => {
            const v = e.target.value;
            onChange({ park: v === 'none' ? 'none' : parkSchema.safeParse(v).data });
          }}
        >
          <option value="">{t('projects.all')}</option>
          {[...PARKS, 'none' as const].map((p) => (
            <option key={p} value={p}>
              {parkName(p, locale)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-stage`}>{t('projects.stage')}</label>
        <select
          id={`${id}-stage`}
          value={search.stage ?? ''}
          onChange={(e) => onChange({ stage: projectStageSchema.safeParse(e.target.value).data })}
        >
          <option value="">{t('projects.all')}</option>
          {PROJECT_STAGES.map((s) => (
            <option key={s} value={s}>
              {stageName(s, locale)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-owner`}>{t('projects.owner')}</label>
        <select
          id={`${id}-owner`}
          value={search.owner ?? ''}
          onChange={(e) => onChange({ owner: e.target.value || undefined })}
        >
          <option value="">{t('projects.all')}</option>
          {[...new Set([...owners, ...(search.owner ? [search.owner] : [])])].map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </div>
      {hasFilters ? (
        <button
          type="button"
          className="button-secondary"
          onClick={() =>
            onChange({
              industry: undefined,
              park: undefined,
              stage: undefined,
              owner: undefined,
              q: undefined,
              reachedIn: undefined,
            })
          }
        >
          {t('projects.clear')}
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
      <label htmlFor={id}>{t('projects.search')}</label>
      <input
        id={id}
        type="search"
        value={draft}
        placeholder={t('projects.searchPlaceholder')}
        onChange={(e) => setDraft(e.target.value)}
      />
    </div>
  );
}
