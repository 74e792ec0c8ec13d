import { useEffect, useId, useRef, useState } from 'react';
import { MilestoneStateBadge } from '../../components/milestone-state-badge';
import { SampleTag } from '../../components/sample-tag';
import { isDone } from '../../domain/action';
import type { MilestoneView } from '../../domain/action-contract';
import { formatDate } from '../../domain/format';
import { compareIso, daysBetween } from '../../domain/period';
import { pick, useLocale, useT } from '../../i18n/use-t';
import { MilestoneStateForm, type StateChange } from './milestone-state-form';
import { OwnerLink } from './owner-link';

/**
 * One milestone (节点): name, due date, owner, state (shape, word, colour; days left when 临期, days
 * late when overdue), its evidence, and the buttons that record progress. Used by the 行动 and the
 * 责任 pages alike.
 */
export function MilestoneItem({
  view,
  asOf,
  period,
  context,
}: {
  view: MilestoneView;
  asOf: string;
  period: string;
  /** The task it belongs to, where the list does not say it (the 责任 page). */
  context?: string;
}) {
  const t = useT();
  const locale = useLocale();
  const nameId = useId();
  const { milestone: m, state } = view;
  const [open, setOpen] = useState<StateChange | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const savedRef = useRef<HTMLParagraphElement>(null);
  // The form closes on success: the keyboard lands on what happened rather than on the page's top.
  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);
  const name = pick(m.name, locale);
  const started = m.startedOn !== undefined && compareIso(m.startedOn, asOf) <= 0;
  const done = isDone(state);
  // Records dated after the view's "today" are not known to it, so they are not shown either.
  const evidence = m.evidence.filter((e) => compareIso(e.date, asOf) <= 0);

  const openForm = (change: StateChange, button: HTMLButtonElement) => {
    opener.current = button;
    setSaved(null);
    setOpen(change);
  };
  const close = () => {
    setOpen(null);
    opener.current?.focus();
  };

  return (
    <li className={`milestone milestone-${state}`} aria-labelledby={nameId}>
      <div className="milestone-head">
        <span id={nameId} className="milestone-name">
          {name}
        </span>
        {m.sample ? <SampleTag /> : null}
        <MilestoneStateBadge state={state} dueInDays={view.dueInDays} />
        {state === 'overdue' ? (
          <strong className="overdue-days">{t('actions.overdueDays', { days: daysBetween(m.due, asOf) })}</strong>
        ) : null}
      </div>
      <p className="milestone-facts">
        {context ? <span>{context}</span> : null}
        <span>{t('actions.due', { date: formatDate(m.due, locale) })}</span>
        <span>
          {t('actions.owner')}
          <OwnerLink owner={m.owner} period={period} />
        </span>
        {started && m.startedOn ? (
          <span>{t('actions.startedOn', { date: formatDate(m.startedOn, locale) })}</span>
        ) : null}
        {done && m.doneOn ? <span>{t('actions.doneOn', { date: formatDate(m.doneOn, locale) })}</span> : null}
      </p>
      {evidence.length > 0 ? (
        <ul className="evidence-list" aria-label={t('actions.evidence')}>
          {evidence.map((e) => (
            <li key={`${e.recordedAt}-${e.date}`}>
              <span className="muted">{formatDate(e.date, locale)}：</span>
              {e.note}
            </li>
          ))}
        </ul>
      ) : null}
      {!done ? (
        <div className="milestone-actions">
          {!started ? (
            <button
              type="button"
              className="button-secondary"
              aria-expanded={open === 'in-progress'}
              onClick={(e) => openForm('in-progress', e.currentTarget)}
            >
              {t('actions.start')}
              <span className="visually-hidden">：{name}</span>
            </button>
          ) : null}
          <button
            type="button"
            className="button-secondary"
            aria-expanded={open === 'done'}
            onClick={(e) => openForm('done', e.currentTarget)}
          >
            {t('actions.markDone')}
            <span className="visually-hidden">：{name}</span>
          </button>
        </div>
      ) : null}
      {open ? (
        <MilestoneStateForm
          milestone={m}
          change={open}
          asOf={asOf}
          onCancel={close}
          key={open}
          onSaved={(change, date) => {
            setOpen(null);
            const what = t(change === 'done' ? 'actions.savedDone' : 'actions.savedStarted', { name });
            // A date after the view's "today" is stored but not shown by this view: say so.
            setSaved(compareIso(date, asOf) > 0 ? `${what} ${t('actions.savedAfterAsOf')}` : what);
          }}
        />
      ) : null}
      {saved ? (
        <p role="status" className="form-saved" ref={savedRef} tabIndex={-1}>
          {saved}
        </p>
      ) : null}
    </li>
  );
}
