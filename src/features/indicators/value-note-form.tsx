/**
 * 数值说明: the notes on this indicator's values, and a form to add one — a cause, a measure or a
 * data correction for a period — which the chart then marks at that period.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { invalidateAfterWrite } from '../../api/indicators';
import { addValueNote } from '../../api/notes';
import { formatCumulativeSpan, formatPeriod } from '../../domain/format';
import type { Indicator } from '../../domain/indicator';
import { parsePeriod, periodKey } from '../../domain/period';
import { VALUE_NOTE_KINDS, valueNoteInputSchema, type ValueNote, type ValueNoteKind } from '../../domain/value-note';
import type { MessageKey } from '../../i18n/messages';
import { pick, useLocale, useT } from '../../i18n/use-t';

export const NOTE_KIND_KEYS: Record<ValueNoteKind, MessageKey> = {
  cause: 'notes.kind.cause',
  measure: 'notes.kind.measure',
  correction: 'notes.kind.correction',
};

export function ValueNotes({
  indicator,
  notes,
  period,
}: {
  indicator: Indicator;
  notes: readonly ValueNote[];
  period: string;
}) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const queryClient = useQueryClient();
  const year = parsePeriod(period)?.year ?? 2020;
  const periods = [
    ...Array.from({ length: 12 }, (_, i) => periodKey({ year, granularity: 'month', index: i + 1 })),
    String(year),
  ];
  const p = parsePeriod(period);
  const [draft, setDraft] = useState({
    period: p?.granularity === 'month' ? period : `${year}-12`,
    kind: 'cause' as ValueNoteKind,
    text: '',
  });
  const [invalid, setInvalid] = useState(false);
  const add = useMutation({
    mutationFn: () => addValueNote(indicator.id, valueNoteInputSchema.parse(draft)),
    onSuccess: async () => {
      setDraft((d) => ({ ...d, text: '' }));
      await invalidateAfterWrite(queryClient);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const ok = valueNoteInputSchema.safeParse(draft).success;
    setInvalid(!ok);
    if (ok) add.mutate();
  };
  const label = (key: string) => (indicator.cumulative ? formatCumulativeSpan(key, locale) : formatPeriod(key, locale));

  return (
    <section className="panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('notes.heading')}</h2>
      <p className="muted">{t('notes.help')}</p>
      {notes.length === 0 ? (
        <p>{t('notes.empty')}</p>
      ) : (
        <ul className="value-notes">
          {notes.map((n) => (
            <li key={n.id}>
              <strong>
                {label(n.period)} · {t(NOTE_KIND_KEYS[n.kind])}
              </strong>
              ：{n.text} <span className="muted">（{n.by}）</span>
            </li>
          ))}
        </ul>
      )}
      <form className="obs-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-period`}>{t('notes.period')}</label>
          <select
            id={`${id}-period`}
            value={draft.period}
            onChange={(e) => setDraft((d) => ({ ...d, period: e.target.value }))}
          >
            {periods.map((k) => (
              <option key={k} value={k}>
                {label(k)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('notes.kind')}</label>
          <select
            id={`${id}-kind`}
            value={draft.kind}
            onChange={(e) => setDraft((d) => ({ ...d, kind: e.target.value as ValueNoteKind }))}
          >
            {VALUE_NOTE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(NOTE_KIND_KEYS[k])}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('notes.text')}</label>
          <textarea
            id={`${id}-text`}
            value={draft.text}
            maxLength={1000}
            rows={2}
            aria-invalid={invalid}
            aria-describedby={invalid ? `${id}-text-error` : undefined}
            onChange={(e) => setDraft((d) => ({ ...d, text: e.target.value }))}
          />
          {invalid ? (
            <p id={`${id}-text-error`} className="field-error">
              {t('notes.textRequired')}
            </p>
          ) : null}
        </div>
        <div className="form-actions">
          <button type="submit" disabled={add.isPending}>
            {t('notes.add')}
          </button>
        </div>
        {add.isSuccess ? <p role="status">{t('notes.added')}</p> : null}
        {add.error ? (
          <p role="alert" className="form-alert">
            {add.error instanceof ApiError ? pick(add.error.text, locale) : t('error.network')}
          </p>
        ) : null}
      </form>
    </section>
  );
}
