import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { addObservation, invalidateAfterWrite } from '../../api/indicators';
import { ApiError, type FieldIssue } from '../../api/client';
import { formatPeriod, formatValue } from '../../domain/format';
import { numberFromInput } from '../../domain/import/number';
import type { Indicator } from '../../domain/indicator';
import { checkObservationInput, observationInputSchema, type ObservationInput } from '../../domain/observation-input';
import { parsePeriod, periodEndDate, periodKey } from '../../domain/period';
import { pick, useLocale, useT } from '../../i18n/use-t';

type Field = 'period' | 'value' | 'stage' | 'asOf' | 'source' | 'note';
const FIELDS: readonly Field[] = ['period', 'value', 'stage', 'asOf', 'source', 'note'];

interface Draft {
  period: string;
  value: string;
  stage: 'reported' | 'audited';
  asOf: string;
  source: string;
  note: string;
}

/**
 * The form to add this month's value. The same rules as the API run before sending (shared
 * domain code), and the API's field errors land next to the same fields.
 */
export function ObservationForm({ indicator, period }: { indicator: Indicator; period: string }) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const queryClient = useQueryClient();
  const p = parsePeriod(period);
  const year = p?.year ?? 2020;
  const defaultPeriod = p && p.granularity === 'month' ? period : `${year}-12`;
  const periods = [
    ...Array.from({ length: 12 }, (_, i) => periodKey({ year, granularity: 'month', index: i + 1 })),
    String(year),
  ];
  const initial = (): Draft => ({
    period: defaultPeriod,
    value: '',
    stage: 'reported',
    asOf: periodEndDate(parsePeriod(defaultPeriod) ?? { year, granularity: 'year', index: 0 }),
    source: '',
    note: '',
  });
  const [draft, setDraft] = useState<Draft>(initial);
  const [errors, setErrors] = useState<readonly FieldIssue[]>([]);
  const [saved, setSaved] = useState<string | null>(null);

  const mutation = useMutation({
    mutationFn: (input: ObservationInput) => addObservation(indicator.id, input, period),
    onSuccess: async (result) => {
      setSaved(
        t('form.saved', {
          period: formatPeriod(result.observation.period, locale),
          value: formatValue(result.observation.value, indicator.unit, locale),
        }),
      );
      setDraft((d) => ({ ...d, value: '', note: '' }));
      await invalidateAfterWrite(queryClient);
    },
    onError: (error) => {
      setErrors(
        error instanceof ApiError && error.fields.length > 0
          ? error.fields
          : [
              {
                field: 'form',
                message: error instanceof ApiError ? error.text : { zh: '提交失败', en: 'Submit failed' },
              },
            ],
      );
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const candidate = {
      period: draft.period,
      value: numberFromInput(draft.value),
      stage: draft.stage,
      asOf: draft.asOf,
      source: draft.source,
      note: draft.note.trim() === '' ? undefined : draft.note.trim(),
    };
    const issues: FieldIssue[] = [];
    if (!Number.isFinite(candidate.value)) {
      issues.push({ field: 'value', message: { zh: '请输入数字', en: 'Enter a number' } });
    }
    if (draft.source.trim() === '')
      issues.push({ field: 'source', message: { zh: '请填写数据来源', en: 'Enter the source' } });
    const parsed = observationInputSchema.safeParse(candidate);
    if (issues.length === 0 && !parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'form');
        issues.push({ field, message: { zh: '格式不正确', en: 'Invalid format' } });
      }
    }
    if (issues.length === 0 && parsed.success) issues.push(...checkObservationInput(indicator, parsed.data));
    setErrors(issues);
    if (issues.length > 0 || !parsed.success) return;
    mutation.mutate(parsed.data);
  };

  const errorOf = (field: Field) => errors.find((e) => e.field === field);
  const fieldProps = (field: Field) => {
    const error = errorOf(field);
    return {
      id: `${id}-${field}`,
      name: field,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': error ? `${id}-${field}-error` : undefined,
    };
  };
  const errorText = (field: Field) => {
    const error = errorOf(field);
    return error ? (
      <p id={`${id}-${field}-error`} className="field-error">
        {pick(error.message, locale)}
      </p>
    ) : null;
  };
  const set = (field: keyof Draft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [field]: e.target.value }));
  const formError = errors.find((e) => !FIELDS.includes(e.field as Field));

  return (
    <section aria-labelledby={`${id}-heading`} className="panel">
      <h2 id={`${id}-heading`}>{t('form.heading')}</h2>
      <form className="obs-form" onSubmit={submit} noValidate>
        {errors.length > 0 ? (
          <p role="alert" className="form-alert">
            {formError ? pick(formError.message, locale) : t('form.invalid')}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor={`${id}-period`}>{t('form.period')}</label>
          <select {...fieldProps('period')} value={draft.period} onChange={set('period')}>
            {periods.map((k) => (
              <option key={k} value={k}>
                {formatPeriod(k, locale)}
              </option>
            ))}
          </select>
          {errorText('period')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-value`}>
            {t('obs.value')} <span className="muted">({t('form.valueHint', { unit: indicator.unit })})</span>
          </label>
          <input
            {...fieldProps('value')}
            inputMode="decimal"
            autoComplete="off"
            value={draft.value}
            onChange={set('value')}
            required
          />
          {errorText('value')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-stage`}>{t('obs.stage')}</label>
          <select {...fieldProps('stage')} value={draft.stage} onChange={set('stage')}>
            <option value="reported">{t('obs.reported')}</option>
            <option value="audited">{t('obs.audited')}</option>
          </select>
          {errorText('stage')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-asOf`}>{t('obs.asOf')}</label>
          <input {...fieldProps('asOf')} type="date" value={draft.asOf} onChange={set('asOf')} required />
          {errorText('asOf')}
        </div>
        <div className="field field-grow">
          <label htmlFor={`${id}-source`}>{t('obs.source')}</label>
          <input {...fieldProps('source')} value={draft.source} onChange={set('source')} maxLength={200} required />
          {errorText('source')}
        </div>
        <div className="field field-grow">
          <label htmlFor={`${id}-note`}>{t('obs.note')}</label>
          <input {...fieldProps('note')} value={draft.note} onChange={set('note')} maxLength={1000} />
          {errorText('note')}
        </div>
        <div className="form-actions">
          <button type="submit" disabled={mutation.isPending}>
            {mutation.isPending ? t('form.submitting') : t('form.submit')}
          </button>
          {saved ? (
            <p role="status" className="form-saved">
              {saved}
            </p>
          ) : null}
        </div>
      </form>
    </section>
  );
}
