import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { ownersQuery } from '../../api/actions';
import type { FieldIssue } from '../../api/client';
import { addProject } from '../../api/projects';
import { invalidateAfterWrite } from '../../api/indicators';
import type { Bilingual } from '../../domain/indicator';
import {
  INDUSTRIES,
  industrySchema,
  PARKS,
  parkSchema,
  PROJECT_STAGES,
  type Industry,
  type Park,
  type ProjectStage,
  type StageDates,
} from '../../domain/project';
import type { ProjectInput } from '../../domain/project-contract';
import { INDUSTRY_LABELS } from '../../i18n/labels';
import type { MessageKey } from '../../i18n/messages';
import { pick, translate, useLocale, useT } from '../../i18n/use-t';
import { numberFromInput } from '../../domain/import/number';
import { fieldErrorsOf } from './field-errors';
import { fieldBinding } from './form-fields';
import { parkName, stageName } from './project-text';

interface Draft {
  name: string;
  industry: Industry;
  park: Park | 'none';
  investment: string;
  unit: string;
  person: string;
  stages: Record<ProjectStage, string>;
}

const EMPTY: Draft = {
  name: '',
  industry: INDUSTRIES[0],
  park: PARKS[0],
  investment: '',
  unit: '',
  person: '',
  stages: { signed: '', started: '', completed: '', converted: '' },
};

/** The form's field for an API error path ("owner.unit" → "unit"), or undefined for the form. */
function formField(path: string): string | undefined {
  const [head, sub] = path.split('.');
  if (head === 'name' || head === 'industry' || head === 'park' || head === 'investment') return head;
  if (head === 'owner') return sub === 'person' ? 'person' : 'unit';
  if (head === 'stages' && sub && (PROJECT_STAGES as readonly string[]).includes(sub)) return sub;
  return undefined;
}

/**
 * 新增项目: a collapsible form that adds a project to the ledger. The API checks everything (a 亿元
 * project is at least 1亿元, stage dates in order, the unit from the directory) and its bilingual
 * field messages appear next to the fields; a success refreshes every view.
 */
export function NewProjectForm() {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const queryClient = useQueryClient();
  const owners = useQuery(ownersQuery());
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<ReadonlyMap<string, FieldIssue>>(new Map());
  const [formError, setFormError] = useState<Bilingual | undefined>();
  const [saved, setSaved] = useState<string | null>(null);
  const units = owners.data?.items ?? [];
  const people = units.find((u) => u.unit === draft.unit)?.people ?? [];

  const mutation = useMutation({
    mutationFn: addProject,
    onSuccess: async (result) => {
      setSaved(t('projects.add.saved', { name: pick(result.project.name, locale) }));
      setDraft(EMPTY);
      // Every view computed from the ledger may change: funnel, rates, derived indicators, the Overview.
      await invalidateAfterWrite(queryClient);
    },
    onError: (error) => {
      const { fields, form } = fieldErrorsOf(error, formField);
      setErrors(fields);
      setFormError(form ?? (fields.size > 0 ? undefined : { zh: '提交失败', en: 'Submit failed' }));
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    setFormError(undefined);
    // Both languages, so a message stays right when the reader switches language.
    const both = (key: MessageKey): Bilingual => ({ zh: translate('zh-CN', key), en: translate('en', key) });
    const required = both('projects.add.required');
    const issues = new Map<string, FieldIssue>();
    const need = (field: string, value: string) => {
      if (value.trim() === '') issues.set(field, { field, message: required });
    };
    need('name', draft.name);
    need('unit', draft.unit);
    need('person', draft.person);
    const amount = numberFromInput(draft.investment);
    if (!Number.isFinite(amount)) {
      issues.set('investment', {
        field: 'investment',
        message: draft.investment.trim() === '' ? required : both('projects.add.number'),
      });
    }
    setErrors(issues);
    if (issues.size > 0) return;
    const stages: StageDates = {};
    for (const stage of PROJECT_STAGES) if (draft.stages[stage] !== '') stages[stage] = draft.stages[stage];
    const input: ProjectInput = {
      name: { zh: draft.name.trim() },
      industry: draft.industry,
      park: draft.park === 'none' ? null : draft.park,
      investment: amount,
      owner: { unit: draft.unit, person: draft.person },
      stages,
      sample: false,
    };
    mutation.mutate(input);
  };

  const bind = fieldBinding(id, errors, locale);
  const set = (field: 'name' | 'investment' | 'person') => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [field]: e.target.value }));

  return (
    <details className="panel new-project">
      <summary>{t('projects.add')}</summary>
      <form className="obs-form" onSubmit={submit} noValidate aria-label={t('projects.add')}>
        {errors.size > 0 || formError ? (
          <p role="alert" className="form-alert">
            {formError ? pick(formError, locale) : t('projects.form.invalid')}
          </p>
        ) : null}
        <div className="field field-grow">
          <label htmlFor={`${id}-name`}>{t('projects.add.name')}</label>
          <input {...bind.props('name')} value={draft.name} maxLength={100} onChange={set('name')} />
          {bind.error('name')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-industry`}>{t('projects.industry')}</label>
          <select
            {...bind.props('industry')}
            value={draft.industry}
            onChange={(e) =>
              setDraft((d) => ({ ...d, industry: industrySchema.safeParse(e.target.value).data ?? d.industry }))
            }
          >
            {INDUSTRIES.map((i) => (
              <option key={i} value={i}>
                {pick(INDUSTRY_LABELS[i], locale)}
              </option>
            ))}
          </select>
          {bind.error('industry')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-park`}>{t('projects.park')}</label>
          <select
            {...bind.props('park')}
            value={draft.park}
            onChange={(e) => {
              const v = e.target.value;
              setDraft((d) => ({ ...d, park: v === 'none' ? 'none' : (parkSchema.safeParse(v).data ?? d.park) }));
            }}
          >
            {[...PARKS, 'none' as const].map((p) => (
              <option key={p} value={p}>
                {parkName(p, locale)}
              </option>
            ))}
          </select>
          {bind.error('park')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-investment`}>{t('projects.add.investment')}</label>
          <input
            {...bind.props('investment')}
            inputMode="decimal"
            autoComplete="off"
            value={draft.investment}
            onChange={set('investment')}
          />
          {bind.error('investment')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-unit`}>{t('projects.add.unit')}</label>
          <select
            {...bind.props('unit')}
            value={draft.unit}
            onChange={(e) => {
              const unit = e.target.value;
              // A person belongs to one unit: choosing another unit picks its first person.
              const first = units.find((u) => u.unit === unit)?.people[0] ?? '';
              setDraft((d) => ({ ...d, unit, person: first }));
            }}
          >
            <option value="">{t('projects.add.choose')}</option>
            {units.map((u) => (
              <option key={u.unit} value={u.unit}>
                {u.unit}
              </option>
            ))}
          </select>
          {bind.error('unit')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-person`}>{t('projects.add.person')}</label>
          <select {...bind.props('person')} value={draft.person} onChange={set('person')}>
            <option value="">{t('projects.add.choose')}</option>
            {people.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
          {bind.error('person')}
        </div>
        <fieldset className="stage-dates">
          <legend>{t('projects.add.stages')}</legend>
          {PROJECT_STAGES.map((stage) => (
            <div className="field" key={stage}>
              <label htmlFor={`${id}-${stage}`}>
                {t('projects.add.stageDate', { stage: stageName(stage, locale) })}
              </label>
              <input
                {...bind.props(stage)}
                type="date"
                value={draft.stages[stage]}
                onChange={(e) => {
                  const value = e.target.value;
                  setDraft((d) => ({ ...d, stages: { ...d.stages, [stage]: value } }));
                }}
              />
              {bind.error(stage)}
            </div>
          ))}
        </fieldset>
        <div className="form-actions">
          <button type="submit" disabled={mutation.isPending}>
            {mutation.isPending ? t('projects.form.submitting') : t('projects.add.submit')}
          </button>
          {saved ? (
            <p role="status" className="form-saved">
              {saved}
            </p>
          ) : null}
        </div>
      </form>
    </details>
  );
}
