import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { addAction } from '../../api/actions';
import { invalidateAfterWrite } from '../../api/indicators';
import { actionInputSchema, type ActionNodeView } from '../../domain/action-contract';
import { CAMPAIGNS, type Campaign } from '../../domain/indicator';
import { CAMPAIGN_LABELS } from '../../i18n/labels';
import { pick, useLocale, useT } from '../../i18n/use-t';
import { OwnerFields, type OwnerDraft } from './owner-fields';
import { localIssues, useFieldErrors } from './use-field-errors';

const FIELDS = ['parentId', 'name.zh', 'start', 'end', 'owner', 'owner.unit', 'owner.person', 'tags'] as const;

/** 新增任务: a task under a measure, with its span, owner and any further campaign tags. */
export function AddTaskForm({ nodes }: { nodes: readonly ActionNodeView[] }) {
  const t = useT();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const errors = useFieldErrors(FIELDS);
  const [parentId, setParentId] = useState('');
  const [name, setName] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [owner, setOwner] = useState<OwnerDraft>({ unit: '', person: '' });
  const [tags, setTags] = useState<Campaign[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const campaigns = nodes.filter((n) => n.node.kind === 'campaign');

  const mutation = useMutation({
    mutationFn: addAction,
    onSuccess: async (result) => {
      setSaved(t('actions.add.taskSaved', { name: pick(result.node.name, locale) }));
      setName('');
      await invalidateAfterWrite(queryClient);
    },
    onError: errors.fromError,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const parsed = actionInputSchema.safeParse({
      kind: 'task',
      parentId,
      name: { zh: name },
      tags,
      owner,
      start: start || undefined,
      end: end || undefined,
    });
    const issues = parsed.success ? [] : localIssues(parsed.error.issues);
    // A task needs both ends of its span (the schema leaves them optional for measures).
    if (!start) issues.push({ field: 'start', message: { zh: '请填写此项', en: 'Fill this in' } });
    if (!end) issues.push({ field: 'end', message: { zh: '请填写此项', en: 'Fill this in' } });
    errors.set(issues);
    if (issues.length > 0 || !parsed.success) return;
    mutation.mutate(parsed.data);
  };

  return (
    <form className="obs-form add-form" aria-label={t('actions.add.task')} onSubmit={submit} noValidate>
      <h3>{t('actions.add.task')}</h3>
      {errors.alert}
      <div className="field field-grow">
        <label htmlFor={errors.props('parentId').id}>{t('actions.add.measure')}</label>
        <select {...errors.props('parentId')} value={parentId} onChange={(e) => setParentId(e.target.value)}>
          <option value="">{t('actions.add.choose')}</option>
          {campaigns.map((c) => (
            <optgroup key={c.node.id} label={pick(c.node.name, locale)}>
              {nodes
                .filter((n) => n.node.kind === 'measure' && n.node.parentId === c.node.id)
                .map((m) => (
                  <option key={m.node.id} value={m.node.id}>
                    {pick(m.node.name, locale)}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        {errors.message('parentId')}
      </div>
      <div className="field field-grow">
        <label htmlFor={errors.props('name.zh').id}>{t('actions.add.taskName')}</label>
        <input {...errors.props('name.zh')} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
        {errors.message('name.zh')}
      </div>
      <div className="field">
        <label htmlFor={errors.props('start').id}>{t('actions.add.start')}</label>
        <input {...errors.props('start')} type="date" value={start} onChange={(e) => setStart(e.target.value)} />
        {errors.message('start')}
      </div>
      <div className="field">
        <label htmlFor={errors.props('end').id}>{t('actions.add.end')}</label>
        <input {...errors.props('end')} type="date" value={end} onChange={(e) => setEnd(e.target.value)} />
        {errors.message('end')}
      </div>
      <OwnerFields value={owner} onChange={setOwner} errors={errors} />
      <fieldset className="tag-choices" aria-describedby={errors.props('tags')['aria-describedby']}>
        <legend>{t('actions.add.tags')}</legend>
        {CAMPAIGNS.map((c) => (
          <label key={c}>
            <input
              type="checkbox"
              checked={tags.includes(c)}
              onChange={(e) => setTags((prev) => (e.target.checked ? [...prev, c] : prev.filter((x) => x !== c)))}
            />
            {pick(CAMPAIGN_LABELS[c], locale)}
          </label>
        ))}
        {errors.message('tags')}
      </fieldset>
      <div className="form-actions">
        <button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? t('form.submitting') : t('actions.add.submitTask')}
        </button>
        {saved ? (
          <p role="status" className="form-saved">
            {saved}
          </p>
        ) : null}
      </div>
    </form>
  );
}
