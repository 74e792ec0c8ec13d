/**
 * 项目台账: the 亿元 projects of the ledger and what is derived from them. Each project moves through
 * four stages — 签约 (signed), 开工 (started), 竣工验收 (completed and accepted), 转化投产 (in
 * production) — each reached on a Beijing calendar date. The report's counts (7 started, 14
 * completed, 10 converted) and the two rates are computed from these dates for any period, never
 * typed in twice.
 */
import { bilingualSchema, ownerSchema, sourceSchema } from './indicator';
import { compareIso, isoDateSchema } from './period';
import { PROJECT_STAGES, industrySchema, parkSchema, projectStageSchema, type ProjectStage } from './ledger-enums';
import { z } from './zod';

export {
  INDUSTRIES,
  industrySchema,
  PARKS,
  parkSchema,
  PROJECT_STAGES,
  projectStageSchema,
  type Industry,
  type Park,
  type ProjectStage,
} from './ledger-enums';

const projectIdSchema = z
  .string()
  .check(z.regex(/^[a-z0-9-]+$/, { message: 'id must be lower-case letters, digits and -' }));

/** The date each stage was reached; a stage not reached yet is absent. */
export const stageDatesSchema = z.object({
  signed: z.optional(isoDateSchema),
  started: z.optional(isoDateSchema),
  completed: z.optional(isoDateSchema),
  converted: z.optional(isoDateSchema),
});
export type StageDates = z.infer<typeof stageDatesSchema>;

/** One recorded change of a stage date: the project's stage history. */
export const stageEventSchema = z.object({
  stage: projectStageSchema,
  date: isoDateSchema,
  /** The date it replaced, when a recorded date was corrected. */
  previous: z.optional(isoDateSchema),
  note: z.optional(z.string()),
  /** When it was recorded (ISO timestamp). */
  recordedAt: z.string(),
});
export type StageEvent = z.infer<typeof stageEventSchema>;

export const projectSchema = z.object({
  id: projectIdSchema,
  name: bilingualSchema,
  industry: industrySchema,
  park: z.nullable(parkSchema),
  /** Planned total investment in 亿元. */
  investment: z.number().check(z.gt(0)),
  stages: stageDatesSchema,
  owner: ownerSchema,
  source: sourceSchema,
  /** True when no source names the project (all seeded projects are samples). */
  sample: z.boolean(),
  history: z.array(stageEventSchema),
});
export type Project = z.infer<typeof projectSchema>;

/** The stage before this one, or undefined for 签约. */
export function previousStage(stage: ProjectStage): ProjectStage | undefined {
  const at = PROJECT_STAGES.indexOf(stage);
  return at > 0 ? PROJECT_STAGES[at - 1] : undefined;
}

/**
 * Why a set of stage dates is impossible, or undefined when it is fine: a stage reached without the
 * one before it, or dated before it. Stage dates may share a day (signed and started the same day).
 */
export type StageOrderProblem =
  | { kind: 'missing-previous'; stage: ProjectStage; previous: ProjectStage }
  | { kind: 'before-previous'; stage: ProjectStage; previous: ProjectStage; previousDate: string };

export function stageOrderProblem(stages: StageDates): StageOrderProblem | undefined {
  for (const stage of PROJECT_STAGES) {
    const date = stages[stage];
    const previous = previousStage(stage);
    if (date === undefined || previous === undefined) continue;
    const previousDate = stages[previous];
    if (previousDate === undefined) return { kind: 'missing-previous', stage, previous };
    if (compareIso(date, previousDate) < 0) return { kind: 'before-previous', stage, previous, previousDate };
  }
  return undefined;
}

/** Whether the project had reached `stage` on `date` (inclusive). */
export function reachedBy(project: Pick<Project, 'stages'>, stage: ProjectStage, date: string): boolean {
  const d = project.stages[stage];
  return d !== undefined && compareIso(d, date) <= 0;
}

/** The furthest stage reached on `date`, or undefined before signing. */
export function stageAt(project: Pick<Project, 'stages'>, date: string): ProjectStage | undefined {
  let last: ProjectStage | undefined;
  for (const stage of PROJECT_STAGES) if (reachedBy(project, stage, date)) last = stage;
  return last;
}

/** `date`, or 31 December of `year` when `date` lies after it: a year's figures stop at its end. */
function cutOff(year: number, date: string): string {
  const yearEnd = `${year}-12-31`;
  return compareIso(date, yearEnd) > 0 ? yearEnd : date;
}

/**
 * The projects that reached `stage` between 1 January of `year` and `date` (1–N月累计). A date after
 * the year counts up to 31 December only.
 */
export function reachedInYear<P extends Pick<Project, 'stages'>>(
  projects: readonly P[],
  stage: ProjectStage,
  year: number,
  date: string,
): P[] {
  const from = `${year}-01-01`;
  const to = cutOff(year, date);
  return projects.filter((p) => {
    const d = p.stages[stage];
    return d !== undefined && compareIso(d, from) >= 0 && compareIso(d, to) <= 0;
  });
}

/** A rate with what it is made of; `pct` is null when there is nothing to divide by. */
export interface LedgerRate {
  readonly numerator: number;
  readonly denominator: number;
  readonly pct: number | null;
}

function rate(numerator: number, denominator: number): LedgerRate {
  return { numerator, denominator, pct: denominator === 0 ? null : (numerator / denominator) * 100 };
}

/**
 * The projects a ledger rate divides by, in `year` up to `date`: those that had reached `from` by
 * then and had not yet reached `to` before the year began.
 */
function ratePool<P extends Pick<Project, 'stages'>>(
  projects: readonly P[],
  from: ProjectStage,
  to: ProjectStage,
  year: number,
  date: string,
): P[] {
  const yearStart = `${year}-01-01`;
  const at = cutOff(year, date);
  return projects.filter((p) => {
    const done = p.stages[to];
    return reachedBy(p, from, at) && (done === undefined || compareIso(done, yearStart) >= 0);
  });
}

/**
 * The projects under construction in `year` up to `date`, the denominator of 竣工率: started by
 * `date` and not completed before the year began.
 */
export function completionPool<P extends Pick<Project, 'stages'>>(
  projects: readonly P[],
  year: number,
  date: string,
): P[] {
  return ratePool(projects, 'started', 'completed', year, date);
}

/**
 * The completed projects awaiting conversion in `year` up to `date`, the denominator of 转化率:
 * completed by `date` and not converted before the year began.
 */
export function conversionPool<P extends Pick<Project, 'stages'>>(
  projects: readonly P[],
  year: number,
  date: string,
): P[] {
  return ratePool(projects, 'completed', 'converted', year, date);
}

/**
 * 竣工率 for the year up to `date`: projects completed this year ÷ projects under construction this
 * year (started by `date` and not completed before the year began). A date after the year counts up
 * to 31 December only.
 */
export function completionRate(projects: readonly Pick<Project, 'stages'>[], year: number, date: string): LedgerRate {
  const pool = completionPool(projects, year, date);
  return rate(reachedInYear(pool, 'completed', year, date).length, pool.length);
}

/**
 * 转化率 for the year up to `date`: projects converted this year ÷ completed projects awaiting
 * conversion this year (completed by `date` and not converted before the year began). A date after
 * the year counts up to 31 December only.
 */
export function conversionRate(projects: readonly Pick<Project, 'stages'>[], year: number, date: string): LedgerRate {
  const pool = conversionPool(projects, year, date);
  return rate(reachedInYear(pool, 'converted', year, date).length, pool.length);
}

/** One step of the stage funnel. */
export interface FunnelStep {
  readonly stage: ProjectStage;
  /** Projects of the ledger that had reached this stage by the date (ever). */
  readonly reached: number;
  /** Of those, the ones that reached it in the period's year up to the date. */
  readonly inPeriod: number;
}

/** The 签约 → 开工 → 竣工 → 投产 funnel at a date, with this year's share of each step. */
export function stageFunnel(projects: readonly Pick<Project, 'stages'>[], year: number, date: string): FunnelStep[] {
  return PROJECT_STAGES.map((stage) => ({
    stage,
    reached: projects.filter((p) => reachedBy(p, stage, date)).length,
    inPeriod: reachedInYear(projects, stage, year, date).length,
  }));
}

/** Planned investment (亿元) and project count of a group. */
export interface InvestmentGroup<K> {
  readonly key: K;
  readonly investment: number;
  readonly count: number;
}

/**
 * Planned investment of the projects signed by `date`, grouped by a key (industry, park), largest
 * first; ties keep the order of `keys`. Groups without projects are left out.
 */
export function investmentBy<K>(
  projects: readonly Project[],
  keyOf: (p: Project) => K,
  keys: readonly K[],
  date: string,
): InvestmentGroup<K>[] {
  const signed = projects.filter((p) => reachedBy(p, 'signed', date));
  return keys
    .map((key) => {
      const own = signed.filter((p) => keyOf(p) === key);
      // Rounded to 0.01亿元 so sums of decimals do not print as 3.3000000000000003.
      const investment = Math.round(own.reduce((s, p) => s + p.investment, 0) * 100) / 100;
      return { key, investment, count: own.length };
    })
    .filter((g) => g.count > 0)
    .sort((a, b) => b.investment - a.investment || keys.indexOf(a.key) - keys.indexOf(b.key));
}

/**
 * The project with one stage set to `date`, and the event recording it. Does not check the order:
 * callers validate the result with {@link stageOrderProblem} before storing it.
 */
export function withStage(
  project: Project,
  stage: ProjectStage,
  date: string,
  recordedAt: string,
  note?: string,
): Project {
  const previous = project.stages[stage];
  const event: StageEvent = {
    stage,
    date,
    recordedAt,
    ...(previous !== undefined ? { previous } : {}),
    ...(note ? { note } : {}),
  };
  return { ...project, stages: { ...project.stages, [stage]: date }, history: [...project.history, event] };
}

/**
 * The project as it stood on `date`: stages reached later are not reached yet, and the history keeps
 * only the events dated by then.
 */
export function projectAsOf(project: Project, date: string): Project {
  const stages: StageDates = {};
  for (const stage of PROJECT_STAGES) {
    const d = project.stages[stage];
    if (d !== undefined && compareIso(d, date) <= 0) stages[stage] = d;
  }
  return { ...project, stages, history: project.history.filter((e) => compareIso(e.date, date) <= 0) };
}
