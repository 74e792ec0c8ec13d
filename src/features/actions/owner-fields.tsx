import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ownersQuery } from '../../api/actions';
import { useT } from '../../i18n/use-t';

type OwnerField = 'owner' | 'owner.unit' | 'owner.person';

export interface OwnerDraft {
  unit: string;
  person: string;
}

/** 责任单位 and 责任人 from the owner directory: the person list follows the unit chosen. */
export function OwnerFields({
  value,
  onChange,
  errors,
}: {
  value: OwnerDraft;
  onChange: (value: OwnerDraft) => void;
  errors: {
    props: (field: OwnerField) => { id: string; name: string };
    message: (field: OwnerField) => ReactNode;
  };
}) {
  const t = useT();
  const owners = useQuery(ownersQuery());
  const units = owners.data?.items ?? [];
  const people = units.find((u) => u.unit === value.unit)?.people ?? [];
  return (
    <>
      <div className="field">
        <label htmlFor={errors.props('owner.unit').id}>{t('actions.add.unit')}</label>
        <select
          {...errors.props('owner.unit')}
          value={value.unit}
          onChange={(e) => {
            const unit = e.target.value;
            onChange({ unit, person: units.find((u) => u.unit === unit)?.people[0] ?? '' });
          }}
        >
          <option value="">{t('actions.add.choose')}</option>
          {units.map((u) => (
            <option key={u.unit} value={u.unit}>
              {u.unit}
            </option>
          ))}
        </select>
        {errors.message('owner.unit')}
      </div>
      <div className="field">
        <label htmlFor={errors.props('owner.person').id}>{t('actions.add.person')}</label>
        <select
          {...errors.props('owner.person')}
          value={value.person}
          disabled={people.length === 0}
          onChange={(e) => onChange({ ...value, person: e.target.value })}
        >
          {people.length === 0 ? <option value="">{t('actions.add.chooseUnitFirst')}</option> : null}
          {people.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
        {errors.message('owner.person')}
        {errors.message('owner')}
      </div>
    </>
  );
}
