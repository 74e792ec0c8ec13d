import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { addMilestone } from '../../api/actions';
import { invalidateAfterWrite } from '../../api/indicators';
import { milestoneInputSchema, type ActionNodeView } from '../../domain/action-contract';
import { formatDate } from '../../domain/format';
import { pick, useLocale, useT } from '../../i18n/use-t';
import { OwnerFields, type OwnerDraft } from './owner-fields';
import { localIssues, useFieldErrors } from './use-field-errors';

const FIELDS = ['taskId', 'name.zh', 'due', 'owner', 'owner.unit', 'owner.person'] as const;

/** 新增节点: a dated milestone of a task, due within the task's span (the API says so when not). */
export function AddMilestoneForm({ nodes }: { nodes: readonly ActionNodeView[] }) {
  const t = useT();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const errors = useFieldErrors(FIELDS);
  const [taskId, setTaskId] = useState('');
  const [name, setName] = useState('');
  const [due, setDue] = useState('');
  const [owner, setOwner] = useState<OwnerDraft>({ unit: '', person: '' });
  const [saved, setSaved] = useState<string | null>(null);
  const measures = nodes.filter((n) => n.node.kind === 'measure');
  const task = nodes.find((n) => n.node.id === taskId)?.node;

  const mutation = useMutation({
    mutationFn: addMilestone,
    onSuccess: async (result) => {
      setSaved(t('actions.add.milestoneSaved', { name: pick(result.milestone.name, locale) }));
      setName('');
      await invalidateAfterWrite(queryClient);
    },
    onError: errors.fromError,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const parsed = milestoneInputSchema.safeParse({ taskId, name: { zh: name }, due, owner });
    if (!parsed.success) {
      errors.set(localIssues(parsed.error.issues));
      return;
    }
    errors.clear();
    mutation.mutate(parsed.data);
  };

  const spanHelp =
    task?.start && task.end
      ? t('actions.span', { start: formatDate(task.start, locale), end: formatDate(task.end, locale) })
      : null;
  return (
    <form className="obs-form add-form" aria-label={t('actions.add.milestone')} onSubmit={submit} noValidate>
      <h3>{t('actions.add.milestone')}</h3>
      {errors.alert}
      <div className="field field-grow">
        <label htmlFor={errors.props('taskId').id}>{t('actions.add.taskOf')}</label>
        <select
          {...errors.props('taskId')}
          value={taskId}
          onChange={(e) => {
            const id = e.target.value;
            setTaskId(id);
            // The task's owner is the likely owner of its milestone.
            const taskOwner = nodes.find((n) => n.node.id === id)?.node.owner;
            if (taskOwner && owner.unit === '') setOwner({ unit: taskOwner.unit, person: taskOwner.person });
          }}
        >
          <option value="">{t('actions.add.choose')}</option>
          {measures.map((m) => (
            <optgroup key={m.node.id} label={pick(m.node.name, locale)}>
              {nodes
                .filter((n) => n.node.kind === 'task' && n.node.parentId === m.node.id)
                .map((n) => (
                  <option key={n.node.id} value={n.node.id}>
                    {pick(n.node.name, locale)}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        {spanHelp ? <p className="field-help muted">{spanHelp}</p> : null}
        {errors.message('taskId')}
      </div>
      <div className="field field-grow">
        <label htmlFor={errors.props('name.zh').id}>{t('actions.add.milestoneName')}</label>
        <input {...errors.props('name.zh')} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
        {errors.message('name.zh')}
      </div>
      <div className="field">
        <label htmlFor={errors.props('due').id}>{t('actions.add.due')}</label>
        <input {...errors.props('due')} type="date" value={due} onChange={(e) => setDue(e.target.value)} />
        {errors.message('due')}
      </div>
      <OwnerFields value={owner} onChange={setOwner} errors={errors} />
      <div className="form-actions">
        <button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? t('form.submitting') : t('actions.add.submitMilestone')}
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
