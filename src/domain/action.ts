/**
 * 目标项目化、项目任务化、任务节点化、节点责任化: the campaign tree. A campaign (五个白蒲, the three
 * "年") holds measures (举措), a measure holds tasks, and a task holds dated milestones (节点), each
 * with an owner (责任单位 and 责任人). A milestone's state follows from its dates and the day it is
 * judged on, so "overdue" is never stored and never stale. All dates are Beijing calendar dates.
 */
import { bilingualSchema, campaignSchema, ownerSchema, sourceSchema } from './indicator';
import { compareIso, daysBetween, isoDateSchema } from './period';
import type { MilestoneState } from './ledger-enums';
import { z } from './zod';

const idSchema = z.string().check(z.regex(/^[a-z0-9-]+$/, { message: 'id must be lower-case letters, digits and -' }));

/** The levels of the tree above milestones. */
export const ACTION_KINDS = ['campaign', 'measure', 'task'] as const;
export const actionKindSchema = z.enum(ACTION_KINDS);
export type ActionKind = z.infer<typeof actionKindSchema>;

/** A campaign, measure or task. */
export const actionNodeSchema = z.object({
  id: idSchema,
  kind: actionKindSchema,
  /** The node above: null for a campaign, a campaign for a measure, a measure for a task. */
  parentId: z.nullable(idSchema),
  name: bilingualSchema,
  /** Campaign tags; a node also belongs to the campaigns of the nodes above it. */
  tags: z.array(campaignSchema),
  owner: z.optional(ownerSchema),
  /** A task's span: its milestones fall within it. */
  start: z.optional(isoDateSchema),
  end: z.optional(isoDateSchema),
  source: sourceSchema,
  sample: z.boolean(),
});
export type ActionNode = z.infer<typeof actionNodeSchema>;

/** Evidence recorded with a state change (what was done, the document, the site visit …). */
export const evidenceSchema = z.object({
  date: isoDateSchema,
  note: z.string(),
  recordedAt: z.string(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const milestoneSchema = z.object({
  id: idSchema,
  taskId: idSchema,
  name: bilingualSchema,
  due: isoDateSchema,
  owner: ownerSchema,
  /** When work on it began, if it has. */
  startedOn: z.optional(isoDateSchema),
  /** When it was done, if it is. */
  doneOn: z.optional(isoDateSchema),
  evidence: z.array(evidenceSchema),
  source: sourceSchema,
  sample: z.boolean(),
});
export type Milestone = z.infer<typeof milestoneSchema>;

export {
  MILESTONE_FILTERS,
  milestoneFilterSchema,
  MILESTONE_STATES,
  milestoneStateSchema,
  type MilestoneFilter,
  type MilestoneState,
} from './ledger-enums';

/**
 * The state of a milestone as seen on `today`. Dates after `today` are not known yet (a link "as of
 * 2020-06-30" must not show a milestone done in July). Due on `today` itself is not overdue yet.
 */
export function milestoneState(m: Pick<Milestone, 'due' | 'startedOn' | 'doneOn'>, today: string): MilestoneState {
  if (m.doneOn !== undefined && compareIso(m.doneOn, today) <= 0) {
    return compareIso(m.doneOn, m.due) <= 0 ? 'done' : 'done-late';
  }
  if (compareIso(today, m.due) > 0) return 'overdue';
  if (m.startedOn !== undefined && compareIso(m.startedOn, today) <= 0) return 'in-progress';
  return 'not-started';
}

/** Whether a milestone state counts as done (on time or late). */
export function isDone(state: MilestoneState): boolean {
  return state === 'done' || state === 'done-late';
}

/**
 * Days until an open milestone falls due, when that is within `withinDays` (0 = due today), else
 * undefined. Drives the blue 临期 light.
 */
export function dueSoonDays(
  m: Pick<Milestone, 'due' | 'startedOn' | 'doneOn'>,
  today: string,
  withinDays: number,
): number | undefined {
  const state = milestoneState(m, today);
  if (isDone(state) || state === 'overdue') return undefined;
  const days = daysBetween(today, m.due);
  return days <= withinDays ? days : undefined;
}

/** Progress of a node of the tree: its milestones, all levels below it counted. */
export interface RollUp {
  readonly total: number;
  readonly done: number;
  readonly doneLate: number;
  readonly overdue: number;
  readonly dueSoon: number;
  /** Share of milestones done on time, in %; null without milestones. */
  readonly onTimePct: number | null;
}

const EMPTY: RollUp = { total: 0, done: 0, doneLate: 0, overdue: 0, dueSoon: 0, onTimePct: null };

/** The roll-up of a list of milestones on `today`. */
export function rollUpMilestones(milestones: readonly Milestone[], today: string, dueSoonWithin: number): RollUp {
  if (milestones.length === 0) return EMPTY;
  let done = 0;
  let doneLate = 0;
  let overdue = 0;
  let dueSoon = 0;
  for (const m of milestones) {
    const state = milestoneState(m, today);
    if (state === 'done') done++;
    else if (state === 'done-late') doneLate++;
    else if (state === 'overdue') overdue++;
    else if (dueSoonDays(m, today, dueSoonWithin) !== undefined) dueSoon++;
  }
  return { total: milestones.length, done, doneLate, overdue, dueSoon, onTimePct: (done / milestones.length) * 100 };
}

/**
 * The milestones under every node of the tree (its own when a task, its descendants' otherwise),
 * keyed by node id. Nodes whose parent is missing still get their own milestones.
 */
export function milestonesUnder(
  nodes: readonly ActionNode[],
  milestones: readonly Milestone[],
): Map<string, Milestone[]> {
  const children = new Map<string, string[]>();
  for (const n of nodes) {
    if (n.parentId === null) continue;
    children.set(n.parentId, [...(children.get(n.parentId) ?? []), n.id]);
  }
  const own = new Map<string, Milestone[]>();
  for (const m of milestones) own.set(m.taskId, [...(own.get(m.taskId) ?? []), m]);
  const out = new Map<string, Milestone[]>();
  const visit = (id: string, seen: Set<string>): Milestone[] => {
    const cached = out.get(id);
    if (cached) return cached;
    // A cycle cannot be stored (the API checks parents), but a bad record must not hang the page.
    if (seen.has(id)) return [];
    seen.add(id);
    const all = [...(own.get(id) ?? []), ...(children.get(id) ?? []).flatMap((c) => visit(c, seen))];
    out.set(id, all);
    return all;
  };
  for (const n of nodes) visit(n.id, new Set());
  return out;
}

/** The roll-up of every node of the tree on `today`, keyed by node id. */
export function rollUpTree(
  nodes: readonly ActionNode[],
  milestones: readonly Milestone[],
  today: string,
  dueSoonWithin: number,
): Map<string, RollUp> {
  const under = milestonesUnder(nodes, milestones);
  return new Map(nodes.map((n) => [n.id, rollUpMilestones(under.get(n.id) ?? [], today, dueSoonWithin)]));
}

/** The campaign tags of a node: its own and those of every node above it. */
export function tagsOf(node: ActionNode, byId: ReadonlyMap<string, ActionNode>): Set<string> {
  const tags = new Set<string>();
  const seen = new Set<string>();
  for (let n: ActionNode | undefined = node; n && !seen.has(n.id); n = n.parentId ? byId.get(n.parentId) : undefined) {
    seen.add(n.id);
    for (const t of n.tags) tags.add(t);
  }
  return tags;
}

/** The kind a node's parent must be, or null for a campaign (no parent). */
export function parentKindOf(kind: ActionKind): ActionKind | null {
  return kind === 'campaign' ? null : kind === 'measure' ? 'campaign' : 'measure';
}

/** Whether a milestone's due date lies within its task's span (inclusive; open ends accept any date). */
export function withinSpan(due: string, task: Pick<ActionNode, 'start' | 'end'>): boolean {
  return (
    (task.start === undefined || compareIso(due, task.start) >= 0) &&
    (task.end === undefined || compareIso(due, task.end) <= 0)
  );
}

/**
 * The milestone as it stood on `date`: a start, a completion or evidence dated later is not known yet,
 * so a view of June never shows what was done in July.
 */
export function milestoneAsOf(m: Milestone, date: string): Milestone {
  const known = (d: string | undefined) => d !== undefined && compareIso(d, date) <= 0;
  const { startedOn, doneOn, ...rest } = m;
  return {
    ...rest,
    ...(known(startedOn) ? { startedOn } : {}),
    ...(known(doneOn) ? { doneOn } : {}),
    evidence: m.evidence.filter((e) => compareIso(e.date, date) <= 0),
  };
}
