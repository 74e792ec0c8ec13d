import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { ownersQuery } from '../../api/actions';
import { LoadError } from '../../components/query-state';
import { useT } from '../../i18n/use-t';

/** The unit (and optionally one person of it) whose responsibilities are shown, from the owner directory. */
export function UnitPicker({
  unit,
  person,
  onChange,
}: {
  unit: string | undefined;
  person: string | undefined;
  onChange: (next: { unit?: string; person?: string }) => void;
}) {
  const t = useT();
  const id = useId();
  const owners = useQuery(ownersQuery());
  const units = owners.data?.items ?? [];
  const people = units.find((u) => u.unit === unit)?.people ?? [];
  if (owners.error) return <LoadError error={owners.error} onRetry={() => void owners.refetch()} />;
  return (
    <form className="filters" role="search" aria-label={t('resp.pick')} onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor={`${id}-unit`}>{t('resp.unit')}</label>
        <select
          id={`${id}-unit`}
          value={unit ?? ''}
          onChange={(e) => onChange({ unit: e.target.value || undefined, person: undefined })}
        >
          <option value="">{t('actions.add.choose')}</option>
          {[...new Set([...units.map((u) => u.unit), ...(unit ? [unit] : [])])].map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-person`}>{t('resp.person')}</label>
        <select
          id={`${id}-person`}
          value={person ?? ''}
          disabled={!unit}
          onChange={(e) => onChange({ unit, person: e.target.value || undefined })}
        >
          <option value="">{t('resp.wholeUnit')}</option>
          {[...new Set([...people, ...(person ? [person] : [])])].map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
