import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { FieldIssue } from '../../api/client';
import { recordStage } from '../../api/projects';
import { invalidateAfterWrite } from '../../api/indicators';
import { formatDate } from '../../domain/format';
import type { Bilingual } from '../../domain/indicator';
import { PROJECT_STAGES, projectStageSchema, type Project, type ProjectStage } from '../../domain/project';
import { pick, translate, useLocale, useT } from '../../i18n/use-t';
import { fieldErrorsOf } from './field-errors';
import { fieldBinding } from './form-fields';
import { stageName } from './project-text';

/** The form's field for an API error path, or undefined for a message about the whole form. */
function formField(path: string): string | undefined {
  if (path === 'stage' || path === 'note') return path;
  if (path === 'date' || path.startsWith('stages')) return 'date';
  return undefined;
}

/** The first stage the project has not reached, or the last one when it has reached them all. */
function nextStage(project: Project): ProjectStage {
  return PROJECT_STAGES.find((s) => project.stages[s] === undefined) ?? 'converted';
}

/**
 * 登记阶段: the date a project reached a stage, or a corrected date, with a note. The API checks the
 * order (开工 not before 签约 …) and its message appears next to the date.
 */
export function StageForm({ project }: { project: Project }) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const queryClient = useQueryClient();
  const [stage, setStage] = useState<ProjectStage>(() => nextStage(project));
  const [date, setDate] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<ReadonlyMap<string, FieldIssue>>(new Map());
  const [formError, setFormError] = useState<Bilingual | undefined>();
  const [saved, setSaved] = useState<string | null>(null);

  const mutation = useMutation({
    mutationFn: (input: { stage: ProjectStage; date: string; note?: string }) => recordStage(project.id, input),
    onSuccess: async (_, input) => {
      setSaved(
        t('project.stageForm.saved', { stage: stageName(input.stage, locale), date: formatDate(input.date, locale) }),
      );
      setNote('');
      // Every view computed from the ledger may change: funnel, rates, derived indicators, the Overview.
      await invalidateAfterWrite(queryClient);
    },
    onError: (error) => {
      const { fields, form } = fieldErrorsOf(error, formField);
      setErrors(fields);
      setFormError(form);
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    setFormError(undefined);
    if (date === '') {
      const message = { zh: translate('zh-CN', 'projects.add.required'), en: translate('en', 'projects.add.required') };
      setErrors(new Map([['date', { field: 'date', message }]]));
      return;
    }
    setErrors(new Map());
    mutation.mutate({ stage, date, ...(note.trim() ? { note: note.trim() } : {}) });
  };

  const bind = fieldBinding(id, errors, locale);
  const existing = project.stages[stage];
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('project.stageForm')}</h2>
      <form className="obs-form" onSubmit={submit} noValidate>
        {errors.size > 0 || formError ? (
          <p role="alert" className="form-alert">
            {formError ? pick(formError, locale) : t('projects.form.invalid')}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor={`${id}-stage`}>{t('project.stageForm.stage')}</label>
          <select
            {...bind.props('stage')}
            value={stage}
            onChange={(e) => setStage(projectStageSchema.safeParse(e.target.value).data ?? stage)}
          >
            {PROJECT_STAGES.map((s) => (
              <option key={s} value={s}>
                {stageName(s, locale)}
              </option>
            ))}
          </select>
          {bind.error('stage')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('project.stageForm.date')}</label>
          <input {...bind.props('date')} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          {bind.error('date')}
        </div>
        <div className="field field-grow">
          <label htmlFor={`${id}-note`}>{t('project.stageForm.note')}</label>
          <input {...bind.props('note')} value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
          {bind.error('note')}
        </div>
        {existing ? (
          <p className="field-help muted">
            {t('project.stageForm.correcting', { date: formatDate(existing, locale) })}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" disabled={mutation.isPending}>
            {mutation.isPending ? t('projects.form.submitting') : t('project.stageForm.submit')}
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
