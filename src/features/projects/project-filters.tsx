import { FilterSelect, ownerOptions, SearchBox } from '../../components/filter-fields';
import { INDUSTRIES, PARKS, PROJECT_STAGES } from '../../domain/project';
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
  const all = t('projects.all');
  const hasFilters = Boolean(
    search.industry || search.park || search.stage || search.owner || search.q || search.reachedIn,
  );
  return (
    <form className="filters" role="search" aria-label={t('projects.filters')} onSubmit={(e) => e.preventDefault()}>
      <SearchBox
        label={t('projects.search')}
        placeholder={t('projects.searchPlaceholder')}
        value={search.q ?? ''}
        onChange={(q) => onChange({ q: q || undefined })}
      />
      <FilterSelect
        label={t('projects.industry')}
        allLabel={all}
        value={search.industry}
        options={INDUSTRIES.map((i) => ({ value: i, label: pick(INDUSTRY_LABELS[i], locale) }))}
        onChange={(industry) => onChange({ industry })}
      />
      <FilterSelect
        label={t('projects.park')}
        allLabel={all}
        value={search.park}
        options={[...PARKS, 'none' as const].map((p) => ({ value: p, label: parkName(p, locale) }))}
        onChange={(park) => onChange({ park })}
      />
      <FilterSelect
        label={t('projects.stage')}
        allLabel={all}
        value={search.stage}
        options={PROJECT_STAGES.map((s) => ({ value: s, label: stageName(s, locale) }))}
        onChange={(stage) => onChange({ stage })}
      />
      <FilterSelect
        label={t('projects.owner')}
        allLabel={all}
        value={search.owner}
        options={ownerOptions(owners, search.owner)}
        onChange={(owner) => onChange({ owner })}
      />
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
