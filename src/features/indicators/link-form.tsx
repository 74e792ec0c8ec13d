import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { actionTreeQuery, addLink } from '../../api/actions';
import { ApiError } from '../../api/client';
import { invalidateAfterWrite } from '../../api/indicators';
import { projectListQuery } from '../../api/projects';
import type { IndicatorLinksResponse } from '../../domain/action-contract';
import type { Indicator } from '../../domain/indicator';
import { pick, useLocale, useT } from '../../i18n/use-t';
import { useSettingsStore } from '../../stores/settings-store';

type Kind = 'task' | 'project';

/**
 * 关联: links the indicator to a task or a project that moves it (many-to-many, POST /api/links).
 * The choices load only when the form is opened; what is linked already is left out of them.
 */
export function LinkForm({ indicator, data }: { indicator: Indicator; data: IndicatorLinksResponse }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <details className="link-form" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('links.add')}</summary>
      {open ? <LinkFields indicator={indicator} data={data} /> : null}
    </details>
  );
}

function LinkFields({ indicator, data }: { indicator: Indicator; data: IndicatorLinksResponse }) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const queryClient = useQueryClient();
  const thresholds = useSettingsStore((s) => s.thresholds);
  const [kind, setKind] = useState<Kind>('task');
  const [target, setTarget] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const tree = useQuery({ ...actionTreeQuery(data.period, {}, thresholds), enabled: kind === 'task' });
  const ledger = useQuery({ ...projectListQuery({ period: data.period }), enabled: kind === 'project' });
  const linked = new Set([...data.tasks.map((v) => v.node.id), ...data.projects.map((p) => p.project.id)]);
  const choices =
    kind === 'task'
      ? (tree.data?.nodes ?? [])
          .filter((v) => v.node.kind === 'task')
          .map((v) => ({ id: v.node.id, name: v.node.name }))
      : (ledger.data?.items ?? []).map((s) => ({ id: s.project.id, name: s.project.name }));
  const open = choices.filter((c) => !linked.has(c.id));

  const mutation = useMutation({
    mutationFn: () => addLink({ indicatorId: indicator.id, kind, targetId: target }),
    onSuccess: async () => {
      const name = open.find((c) => c.id === target)?.name;
      await invalidateAfterWrite(queryClient);
      setSaved(name ? pick(name, locale) : target);
      setTarget('');
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    if (target !== '') mutation.mutate();
  };

  const error = mutation.error;
  return (
    <form onSubmit={submit} aria-label={t('links.add')} className="obs-form">
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('links.add.kind')}</label>
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(e) => {
            setKind(e.target.value === 'project' ? 'project' : 'task');
            setTarget('');
          }}
        >
          <option value="task">{t('links.add.task')}</option>
          <option value="project">{t('links.add.project')}</option>
        </select>
      </div>
      <div className="field field-grow">
        <label htmlFor={`${id}-target`}>{t(kind === 'task' ? 'links.add.task' : 'links.add.project')}</label>
        <select id={`${id}-target`} value={target} onChange={(e) => setTarget(e.target.value)} required>
          <option value="">{t('links.add.choose')}</option>
          {open.map((c) => (
            <option key={c.id} value={c.id}>
              {pick(c.name, locale)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-actions">
        <button type="submit" disabled={mutation.isPending || target === ''}>
          {t('links.add.save')}
        </button>
      </div>
      {saved ? (
        <p role="status" className="form-saved">
          {t('links.add.saved', { name: saved })}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="form-alert">
          {error instanceof ApiError ? pick(error.text, locale) : t('error.unknown')}
        </p>
      ) : null}
    </form>
  );
}
