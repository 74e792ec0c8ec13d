/**
 * Wire format of the campaign tree (行动), the indicator links, the owner directory and the 责任
 * view ("谁来赶"), shared by server and client.
 */
import type { MILESTONE_STATES } from './action';
import { actionNodeSchema, milestoneFilterSchema, milestoneSchema, milestoneStateSchema } from './action';
import { indicatorSummarySchema, periodQuerySchema } from './contract';
import { campaignSchema } from './indicator';
import { isoDateSchema, periodKeySchema } from './period';
import { projectSummarySchema, ownerInputSchema } from './project-contract';
import { z } from './zod';

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const count = z.number().check(z.int(), z.gte(0));
const idSchema = z
  .string()
  .check(z.maxLength(100), z.regex(/^[a-z0-9-]+$/, { message: 'id must be lower-case letters, digits and -' }));

export const rollUpSchema = z.object({
  total: count,
  done: count,
  doneLate: count,
  overdue: count,
  dueSoon: count,
  onTimePct: z.nullable(z.number()),
});

/** A milestone with its state on the as-of date. */
export const milestoneViewSchema = z.object({
  milestone: milestoneSchema,
  state: milestoneStateSchema,
  /** Days until due when within the 临期 window, else null. */
  dueInDays: z.nullable(z.number()),
});
export type MilestoneView = z.infer<typeof milestoneViewSchema>;

/** A node of the tree with its roll-up and the ids of the indicators linked to it. */
export const actionNodeViewSchema = z.object({
  node: actionNodeSchema,
  rollUp: rollUpSchema,
  /** The campaign tags of the node and every node above it. */
  campaigns: z.array(campaignSchema),
  indicatorIds: z.array(z.string()),
});
export type ActionNodeView = z.infer<typeof actionNodeViewSchema>;

/**
 * GET /api/actions: filters by campaign tag, owner unit and milestone state. The 临期 window is the
 * thresholds' `blueDays` (the same N days that turn a milestone indicator blue).
 */
export const actionQuerySchema = z.extend(periodQuerySchema, {
  campaign: z.optional(campaignSchema),
  owner: z.optional(text(50)),
  /** A state, or "due-soon" for open milestones within the 临期 window. */
  state: z.optional(milestoneFilterSchema),
});
export type ActionQuery = z.infer<typeof actionQuerySchema>;

export const actionTreeResponseSchema = z.object({
  period: periodKeySchema,
  /** The day states are judged on: the period's last day. */
  asOf: isoDateSchema,
  /** The 临期 window used, in days. */
  dueSoonDays: count,
  /**
   * The nodes that match the filters or lie above a match, parents before children, in plan order.
   * A node matches when it (or a milestone below it) has the campaign tag, owner and state asked for.
   */
  nodes: z.array(actionNodeViewSchema),
  /** The milestones that match the filters, by due date. */
  milestones: z.array(milestoneViewSchema),
  /**
   * Milestone counts by state over the milestones of the campaign and owner filters (not the state
   * filter, so the counts stay a full picture while one of them is chosen).
   */
  states: z.object({
    'not-started': count,
    'in-progress': count,
    done: count,
    'done-late': count,
    overdue: count,
  } satisfies Record<(typeof MILESTONE_STATES)[number], typeof count>),
  /** Open milestones due within the 临期 window, over the same milestones as `states`. */
  dueSoon: count,
  /** Owner units that own a node or milestone, for the filter. */
  owners: z.array(z.string()),
});
export type ActionTreeResponse = z.infer<typeof actionTreeResponseSchema>;

/** POST /api/actions: a measure under a campaign, or a task under a measure. */
export const actionInputSchema = z.object({
  kind: z.enum(['measure', 'task']),
  parentId: idSchema,
  name: z.object({ zh: text(100), en: z.optional(text(200)) }),
  tags: z._default(z.array(campaignSchema), []),
  owner: z.optional(ownerInputSchema),
  /** A task's span (both required for a task). */
  start: z.optional(isoDateSchema),
  end: z.optional(isoDateSchema),
});
export type ActionInput = z.infer<typeof actionInputSchema>;

export const actionResponseSchema = z.object({ node: actionNodeSchema });
export type ActionResponse = z.infer<typeof actionResponseSchema>;

/** POST /api/milestones: a milestone of a task, due within the task's span. */
export const milestoneInputSchema = z.object({
  taskId: idSchema,
  name: z.object({ zh: text(100), en: z.optional(text(200)) }),
  due: isoDateSchema,
  owner: ownerInputSchema,
});
export type MilestoneInput = z.infer<typeof milestoneInputSchema>;

/**
 * POST /api/milestones/:id/state: work began (in-progress) or it is done, on a date that is not in
 * the future and not before the work began, with the evidence.
 */
export const milestoneStateInputSchema = z.object({
  state: z.enum(['in-progress', 'done']),
  date: isoDateSchema,
  note: z.optional(text(500)),
});
export type MilestoneStateInput = z.infer<typeof milestoneStateInputSchema>;

export const milestoneResponseSchema = z.object({ milestone: milestoneSchema });
export type MilestoneResponse = z.infer<typeof milestoneResponseSchema>;

/** A link between an indicator and a project or task that moves it. */
export const indicatorLinkSchema = z.object({
  indicatorId: idSchema,
  kind: z.enum(['project', 'task']),
  targetId: idSchema,
});
export type IndicatorLink = z.infer<typeof indicatorLinkSchema>;

/** The answer of POST /api/links (201). */
export const linkResponseSchema = z.object({ link: indicatorLinkSchema });

/** GET /api/indicators/:id/links: what moves an indicator at a period. */
export const indicatorLinksResponseSchema = z.object({
  period: periodKeySchema,
  asOf: isoDateSchema,
  /**
   * For ledger-derived indicators, the projects behind the number in the period (reached the stage
   * in the year up to the period's end); otherwise the linked projects.
   */
  projects: z.array(projectSummarySchema),
  tasks: z.array(actionNodeViewSchema),
  /** The milestones of the linked tasks (and of a milestone indicator's nodes), by due date. */
  milestones: z.array(milestoneViewSchema),
});
export type IndicatorLinksResponse = z.infer<typeof indicatorLinksResponseSchema>;

/** One unit of the owner directory with its people (责任人 are roles: names are not public). */
export const ownerUnitSchema = z.object({ unit: z.string(), people: z.array(z.string()) });
export type OwnerUnit = z.infer<typeof ownerUnitSchema>;

/** GET /api/owners */
export const ownersResponseSchema = z.object({ items: z.array(ownerUnitSchema) });
export type OwnersResponse = z.infer<typeof ownersResponseSchema>;

/** GET /api/responsibilities: everything one unit (or one person of it) owns. */
export const responsibilityQuerySchema = z.extend(periodQuerySchema, {
  unit: text(50),
  person: z.optional(text(50)),
});
export type ResponsibilityQuery = z.infer<typeof responsibilityQuerySchema>;

export const responsibilityResponseSchema = z.object({
  period: periodKeySchema,
  asOf: isoDateSchema,
  unit: z.string(),
  person: z.nullable(z.string()),
  /** Red first, then yellow, blue, green, grey; worst gap first within a colour. */
  indicators: z.array(indicatorSummarySchema),
  /** Projects it owns, not yet in production first. */
  projects: z.array(projectSummarySchema),
  /** Tasks (and measures) it owns, most overdue milestones first. */
  tasks: z.array(actionNodeViewSchema),
  /** Milestones it owns: overdue first (longest overdue first), then 临期, open, done. */
  milestones: z.array(milestoneViewSchema),
  counts: z.object({ overdue: count, dueSoon: count, red: count, yellow: count }),
});
export type ResponsibilityResponse = z.infer<typeof responsibilityResponseSchema>;
