import type { MilestoneState } from '../domain/action';
import { MILESTONE_STATE_LABELS } from '../i18n/labels';
import { pick, useLocale, useT } from '../i18n/use-t';
// The page's messages: registered on import, before anything here renders.
import '../i18n/messages-actions';

/** Shapes as in the status light: state never by colour alone. */
const SHAPES: Record<MilestoneState, string> = {
  overdue: '■',
  'done-late': '▲',
  'in-progress': '◆',
  done: '●',
  'not-started': '○',
};

/** The colour class of the status light each state borrows (blue for 临期 is added by `dueInDays`). */
const COLOURS: Record<MilestoneState, string> = {
  overdue: 'red',
  'done-late': 'yellow',
  'in-progress': 'grey',
  done: 'green',
  'not-started': 'grey',
};

/**
 * A milestone's state as a shape, a word and a colour; with `dueInDays` (an open milestone within the
 * 临期 window) it turns blue and says how many days are left.
 */
export function MilestoneStateBadge({ state, dueInDays }: { state: MilestoneState; dueInDays?: number | null }) {
  const locale = useLocale();
  const t = useT();
  const soon = dueInDays !== undefined && dueInDays !== null;
  return (
    <span className={`status status-${soon ? 'blue' : COLOURS[state]} milestone-state`}>
      <span className="status-light">
        <span aria-hidden="true" className="status-shape">
          {soon ? '◆' : SHAPES[state]}
        </span>
        {pick(MILESTONE_STATE_LABELS[state], locale)}
      </span>
      {soon ? (
        <span className="status-reason">
          {dueInDays === 0 ? t('milestone.dueToday') : t('milestone.dueIn', { days: dueInDays })}
        </span>
      ) : null}
    </span>
  );
}
