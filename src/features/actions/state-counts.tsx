import type { MilestoneFilter, MilestoneState } from '../../domain/action';
import type { ActionTreeResponse } from '../../domain/action-contract';
import { MILESTONE_STATE_LABELS } from '../../i18n/labels';
import { pick, useLocale, useT } from '../../i18n/use-t';
import type { ActionFilterPatch } from './action-filters';

/** The order and shapes of the counts: what needs chasing first. */
const ORDER: readonly { state: MilestoneState; shape: string; light: string }[] = [
  { state: 'overdue', shape: '■', light: 'red' },
  { state: 'done', shape: '●', light: 'green' },
  { state: 'done-late', shape: '▲', light: 'yellow' },
  { state: 'in-progress', shape: '◆', light: 'grey' },
  { state: 'not-started', shape: '○', light: 'grey' },
];

/**
 * Milestones by state over the campaign and owner filters; each count is a toggle that sets the
 * state filter. 临期 is not a state of its own (an open milestone due within N days, N from the
 * settings), so its count says N in words.
 */
export function StateCounts({
  data,
  active,
  onChange,
}: {
  data: ActionTreeResponse;
  active: MilestoneFilter | undefined;
  onChange: (patch: ActionFilterPatch) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const [overdue, ...rest] = ORDER;
  const button = ({ state, shape, light }: (typeof ORDER)[number]) => (
    <li key={state}>
      <button
        type="button"
        className={`state-count status-${light}`}
        aria-pressed={active === state}
        onClick={() => onChange({ state: active === state ? undefined : state })}
      >
        {/* Named by its visible text, "已逾期 5": the space keeps the word and the count apart. */}
        <span className="status-light">
          <span aria-hidden="true">{shape}</span>
          {pick(MILESTONE_STATE_LABELS[state], locale)}
        </span>{' '}
        <span className="count">{data.states[state]}</span>
      </button>
    </li>
  );
  return (
    <section className="panel" aria-labelledby="state-counts-heading">
      <h2 id="state-counts-heading">{t('actions.counts')}</h2>
      <ul className="state-counts">
        {overdue ? button(overdue) : null}
        <li>
          <button
            type="button"
            className="state-count status-blue"
            aria-pressed={active === 'due-soon'}
            onClick={() => onChange({ state: active === 'due-soon' ? undefined : 'due-soon' })}
          >
            {/* Named by its visible text ("临期 10 15 天内到期"), spaces included, so voice control matches it. */}
            <span className="status-light">
              <span aria-hidden="true">◆</span>
              {t('actions.light.due-soon')}
            </span>{' '}
            <span className="count">{data.dueSoon}</span>{' '}
            <span className="muted">{t('actions.dueSoonWithin', { days: data.dueSoonDays })}</span>
          </button>
        </li>
        {rest.map(button)}
      </ul>
      <p className="muted">{t('actions.countsHelp')}</p>
    </section>
  );
}
