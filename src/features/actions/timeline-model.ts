/**
 * What the timeline draws: one row per task with its span and the milestones shown, each with the
 * light it gets (overdue red, 临期 blue, done green, done late amber, open grey) and that light's
 * shape, so the chart, its legend and its table say the same thing.
 */
import type { ActionNode } from '../../domain/action';
import type { ActionNodeView, MilestoneView } from '../../domain/action-contract';
import { compareIso, daysBetween, daysInMonth, parseDate } from '../../domain/period';

export const LIGHTS = ['overdue', 'due-soon', 'done', 'done-late', 'open'] as const;
export type Light = (typeof LIGHTS)[number];

/** The same shapes as the state badge: ■ overdue, ◆ 临期, ● done, ▲ done late, ○ open. */
export const LIGHT_SHAPES: Record<Light, string> = {
  overdue: '■',
  'due-soon': '◆',
  done: '●',
  'done-late': '▲',
  open: '○',
};

export function lightOf(view: MilestoneView): Light {
  if (view.state === 'overdue') return 'overdue';
  if (view.state === 'done') return 'done';
  if (view.state === 'done-late') return 'done-late';
  return view.dueInDays !== null ? 'due-soon' : 'open';
}

export interface TimelineRow {
  readonly task: ActionNode;
  /** The task's span, or its milestones' first and last due date when it has none. */
  readonly start: string;
  readonly end: string;
  readonly milestones: readonly MilestoneView[];
}

/** The tasks that have a milestone shown, in plan order, each with its milestones by due date. */
export function timelineRows(nodes: readonly ActionNodeView[], milestones: readonly MilestoneView[]): TimelineRow[] {
  const byTask = new Map<string, MilestoneView[]>();
  for (const m of milestones) byTask.set(m.milestone.taskId, [...(byTask.get(m.milestone.taskId) ?? []), m]);
  const rows: TimelineRow[] = [];
  for (const { node } of nodes) {
    const own = byTask.get(node.id);
    if (!own || own.length === 0) continue;
    const sorted = [...own].sort((a, b) => compareIso(a.milestone.due, b.milestone.due));
    const first = sorted[0]!.milestone.due;
    const last = sorted[sorted.length - 1]!.milestone.due;
    rows.push({ task: node, start: node.start ?? first, end: node.end ?? last, milestones: sorted });
  }
  return rows;
}

/** The dates the axis covers: whole months around every span, due date and the as-of date. */
export function timelineRange(rows: readonly TimelineRow[], asOf: string): { from: string; to: string } {
  let from = asOf;
  let to = asOf;
  for (const r of rows) {
    for (const d of [r.start, r.end, ...r.milestones.map((m) => m.milestone.due)]) {
      if (compareIso(d, from) < 0) from = d;
      if (compareIso(d, to) > 0) to = d;
    }
  }
  const f = parseDate(from)!;
  const l = parseDate(to)!;
  return {
    from: `${f.year}-${pad(f.month)}-01`,
    to: `${l.year}-${pad(l.month)}-${pad(daysInMonth(l.year, l.month))}`,
  };
}

/** The first day of every month from `from` to `to`, for the axis ticks. */
export function monthStarts(from: string, to: string): string[] {
  const f = parseDate(from)!;
  const out: string[] = [];
  let year = f.year;
  let month = f.month;
  while (compareIso(`${year}-${pad(month)}-01`, to) <= 0) {
    out.push(`${year}-${pad(month)}-01`);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return out;
}

/** Position of a date on the axis, 0 at `from` and 1 at the end of `to`. */
export function position(date: string, from: string, to: string): number {
  const total = daysBetween(from, to) + 1;
  return Math.max(0, Math.min(1, (daysBetween(from, date) + 0.5) / total));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
