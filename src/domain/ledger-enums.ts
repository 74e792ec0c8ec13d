/**
 * The enumerations of the project ledger and the campaign tree, on their own: the URL validators of
 * the first page need them, and importing project.ts or action.ts there would bring their record
 * schemas into the first page's JavaScript.
 */
import { z } from './zod';

/** The stages in the order a project passes them. */
export const PROJECT_STAGES = ['signed', 'started', 'completed', 'converted'] as const;
export const projectStageSchema = z.enum(PROJECT_STAGES);
export type ProjectStage = z.infer<typeof projectStageSchema>;

/** The industries the report names (一重 一轻 一高 一新, and the leading firms' lines). */
export const INDUSTRIES = [
  'hydraulic-casting',
  'textile-apparel',
  'high-end-equipment',
  'new-materials',
  'optical-cable',
  'smart-manufacturing',
  'other',
] as const;
export const industrySchema = z.enum(INDUSTRIES);
export type Industry = z.infer<typeof industrySchema>;

/** The two parks the report names; a project may be in neither. */
export const PARKS = ['equipment-park', 'materials-park'] as const;
export const parkSchema = z.enum(PARKS);
export type Park = z.infer<typeof parkSchema>;

/**
 * not-started / in-progress before the due date; done (on or before the due date); done-late;
 * overdue once the due date has passed without it being done.
 */
export const MILESTONE_STATES = ['not-started', 'in-progress', 'done', 'done-late', 'overdue'] as const;
export const milestoneStateSchema = z.enum(MILESTONE_STATES);
export type MilestoneState = z.infer<typeof milestoneStateSchema>;

/**
 * What the 行动 page can filter milestones by: a state, or 临期 (open and due within the window),
 * which is not a state of its own but what officials chase next.
 */
export const MILESTONE_FILTERS = [...MILESTONE_STATES, 'due-soon'] as const;
export const milestoneFilterSchema = z.enum(MILESTONE_FILTERS);
export type MilestoneFilter = z.infer<typeof milestoneFilterSchema>;
