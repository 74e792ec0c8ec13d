import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { updateMilestoneState } from '../../api/actions';
import { invalidateAfterWrite } from '../../api/indicators';
import type { Milestone } from '../../domain/action';
import { milestoneStateInputSchema } from '../../domain/action-contract';
import { pick, useLocale, useT } from '../../i18n/use-t';
import { useFieldErrors } from './use-field-errors';

/** What the form records: work began on a milestone, or it is done. */
export type StateChange = 'in-progress' | 'done';

const FIELDS = ['date', 'note'] as const;

/**
 * The inline form behind "开始推进" and "标记完成": a date (the view's as-of date unless changed) and the
 * evidence. The API checks the date (not in the future, not before work began) and its field errors
 * show here; on success everything computed from milestones is refetched (roll-ups, derived indicators).
 */
export function MilestoneStateForm({
  milestone,
  change,
  asOf,
  onSaved,
  onCancel,
}: {
  milestone: Milestone;
  change: StateChange;
  asOf: string;
  onSaved: (change: StateChange, date: string) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const errors = useFieldErrors(FIELDS);
  const [date, setDate] = useState(asOf);
  const [note, setNote] = useState('');
  const dateRef = useRef<HTMLInputElement>(null);
  // The form opens where the button was: the keyboard goes straight to its first field.
  useEffect(() => dateRef.current?.focus(), []);

  const mutation = useMutation({
    mutationFn: () =>
      updateMilestoneState(milestone.id, { state: change, date, note: note.trim() === '' ? undefined : note.trim() }),
    onSuccess: async () => {
      await invalidateAfterWrite(queryClient);
      onSaved(change, date);
    },
    onError: errors.fromError,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = milestoneStateInputSchema.safeParse({
      state: change,
      date,
      note: note.trim() === '' ? undefined : note.trim(),
    });
    if (!parsed.success) {
      errors.set(
        parsed.error.issues.map((issue) => ({
          field: String(issue.path[0] ?? 'form'),
          message:
            issue.path[0] === 'date'
              ? { zh: '请填写日期', en: 'Enter a date' }
              : { zh: '格式不正确', en: 'Invalid format' },
        })),
      );
      return;
    }
    errors.clear();
    mutation.mutate();
  };

  const title = t(change === 'done' ? 'actions.form.doneTitle' : 'actions.form.startTitle', {
    name: pick(milestone.name, locale),
  });
  return (
    <form className="milestone-form" aria-label={title} onSubmit={submit} noValidate>
      {errors.alert}
      <div className="field">
        <label htmlFor={errors.props('date').id}>
          {t(change === 'done' ? 'actions.form.doneDate' : 'actions.form.startDate')}
        </label>
        <input
          {...errors.props('date')}
          ref={dateRef}
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          required
        />
        {errors.message('date')}
      </div>
      <div className="field field-grow">
        <label htmlFor={errors.props('note').id}>{t('actions.form.note')}</label>
        <textarea
          {...errors.props('note')}
          rows={2}
          maxLength={500}
          value={note}
          placeholder={t('actions.form.notePlaceholder')}
          onChange={(e) => setNote(e.target.value)}
        />
        {errors.message('note')}
      </div>
      <div className="form-actions">
        <button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? t('form.submitting') : t('actions.form.save')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('actions.form.cancel')}
        </button>
      </div>
    </form>
  );
}
