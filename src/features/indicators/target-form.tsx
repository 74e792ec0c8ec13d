/**
 * 调整目标: changes one year's target (with why). The old target stays in the history and can be
 * restored there; the API checks the value against the indicator's kind.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { invalidateAfterWrite } from '../../api/indicators';
import { editTarget } from '../../api/notes';
import { formatValue } from '../../domain/format';
import { numberFromInput } from '../../domain/import/number';
import type { Indicator } from '../../domain/indicator';
import { pick, useLocale, useT } from '../../i18n/use-t';

export function TargetForm({ indicator, year }: { indicator: Indicator; year: number }) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const queryClient = useQueryClient();
  const years = indicator.targets.map((x) => x.year);
  const [draft, setDraft] = useState({
    year: years.includes(year) ? year : (years[0] ?? year),
    value: '',
    reason: '',
  });
  const [invalid, setInvalid] = useState(false);
  const save = useMutation({
    mutationFn: (value: number) =>
      editTarget(indicator.id, draft.year, {
        value,
        ...(draft.reason.trim() === '' ? {} : { reason: draft.reason.trim() }),
      }),
    onSuccess: async (_, value) => {
      setDraft((d) => ({ ...d, value: '', reason: '' }));
      await invalidateAfterWrite(queryClient);
      return value;
    },
  });
  if (years.length === 0) return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const value = numberFromInput(draft.value);
    const ok = Number.isFinite(value);
    setInvalid(!ok);
    if (ok) save.mutate(value);
  };
  return (
    <details className="panel target-edit">
      <summary>
        <h2>{t('target.heading')}</h2>
      </summary>
      <p className="muted">{t('target.help')}</p>
      <form className="obs-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-year`}>{t('target.year')}</label>
          <select
            id={`${id}-year`}
            value={draft.year}
            onChange={(e) => setDraft((d) => ({ ...d, year: Number(e.target.value) }))}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-value`}>{t('target.value', { unit: indicator.unit })}</label>
          <input
            id={`${id}-value`}
            inputMode="decimal"
            value={draft.value}
            aria-invalid={invalid}
            aria-describedby={invalid ? `${id}-value-error` : undefined}
            onChange={(e) => setDraft((d) => ({ ...d, value: e.target.value }))}
          />
          {invalid ? (
            <p id={`${id}-value-error`} className="field-error">
              {t('target.invalid')}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t('target.reason')}</label>
          <input
            id={`${id}-reason`}
            value={draft.reason}
            maxLength={500}
            onChange={(e) => setDraft((d) => ({ ...d, reason: e.target.value }))}
          />
        </div>
        <div className="form-actions">
          <button type="submit" disabled={save.isPending}>
            {t('target.save')}
          </button>
        </div>
        {save.isSuccess ? (
          <p role="status" className="form-saved">
            {t('target.saved', { year: draft.year, value: formatValue(save.variables, indicator.unit, locale) })}
          </p>
        ) : null}
        {save.error ? (
          <p role="alert" className="form-alert">
            {save.error instanceof ApiError
              ? [save.error.text, ...save.error.fields.map((f) => f.message)].map((m) => pick(m, locale)).join('；')
              : t('error.network')}
          </p>
        ) : null}
      </form>
    </details>
  );
}
