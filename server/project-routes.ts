/**
 * The 项目台账 routes: the ledger at a period with its funnel, investment groups and rates; one
 * project with the indicators it moves; a new project; a stage reached. Mounted by app.ts with the
 * same discipline as the other routes: 400 with bilingual field messages, 404 for unknown ids,
 * nothing written on a rejected request. The numbers come from src/domain/project.ts.
 */
import type { Hono } from 'hono';
import { periodQuerySchema } from '../src/domain/contract';
import type { Bilingual } from '../src/domain/indicator';
import type { FieldError } from '../src/domain/observation-input';
import { beijingToday, parsePeriod } from '../src/domain/period';
import {
  completionRate,
  conversionRate,
  INDUSTRIES,
  investmentBy,
  PARKS,
  PROJECT_STAGES,
  reachedInYear,
  stageAt,
  stageFunnel,
  stageOrderProblem,
  withStage,
  type Project,
  type ProjectStage,
  type StageDates,
  type StageEvent,
  type StageOrderProblem,
} from '../src/domain/project';
import {
  projectInputSchema,
  projectListQuerySchema,
  stageInputSchema,
  type ProjectDetailResponse,
  type ProjectListQuery,
  type ProjectListResponse,
  type ProjectResponse,
} from '../src/domain/project-contract';
import { asOfDate } from './indicator-evaluation';
import { projectsBehind, projectSummary, roundedRate, sortByInvestment } from './ledger-views';
import { parseQuery, readJsonBody } from './request';
import {
  bilingualName,
  enteredSource,
  futureDateProblem,
  mountMethodTable,
  notFound,
  ownerProblem,
  uniqueSorted,
} from './route-helpers';
import type { Storage } from './storage/storage';
import { MESSAGES, parseWith, validationError } from './validation';

export interface ProjectRouteOptions {
  readonly storage: Storage;
  readonly now: () => Date;
  /** Makes ids for new projects (`p-…`). */
  readonly newProjectId: () => string;
}

/** The methods each route accepts; anything else on these paths is a 405 with `Allow`. */
export const PROJECT_ROUTES = {
  '/api/projects': ['GET', 'POST'],
  '/api/projects/:id': ['GET'],
  '/api/projects/:id/stages': ['POST'],
} as const;

/** The date of each stage, as messages name it. */
const STAGE_DATE: Record<ProjectStage, Bilingual> = {
  signed: { zh: '签约日期', en: 'signing date' },
  started: { zh: '开工日期', en: 'start date' },
  completed: { zh: '竣工验收日期', en: 'completion date' },
  converted: { zh: '转化投产日期', en: 'production date' },
};

/** Adds the ledger routes (and their 405s) to the app. */
export function mountProjectRoutes(app: Hono, options: ProjectRouteOptions): void {
  const { storage, now, newProjectId } = options;

  // GET /api/projects: the ledger at the period's end, filtered, largest investment first.
  app.get('/api/projects', async (c) => {
    const query = parseQuery(c, projectListQuerySchema);
    if (!query.ok) return validationError(MESSAGES.invalidQuery, query.fields);
    const q = query.data;
    const asOf = asOfDate(q.period);
    const year = yearOf(q.period);
    const all = await storage.listProjects();
    const reached = q.reachedIn && new Set(reachedInYear(all, q.reachedIn, year, asOf).map((p) => p.id));
    // The list is the ledger as it stood at the period's end: a project signed later was not in it
    // yet (one without any stage date is a candidate in the pipeline and is listed).
    const known = all.filter((p) => p.stages.signed === undefined || p.stages.signed <= asOf);
    const items = known.filter((p) => matches(p, q, asOf) && (!reached || reached.has(p.id)));
    const body: ProjectListResponse = {
      period: q.period,
      asOf,
      total: known.length,
      items: sortByInvestment(items).map((p) => projectSummary(p, asOf)),
      funnel: stageFunnel(all, year, asOf),
      byIndustry: investmentBy(all, (p) => p.industry, INDUSTRIES, asOf),
      byPark: investmentBy(all, (p) => p.park ?? 'none', [...PARKS, 'none' as const], asOf),
      completionRate: roundedRate(completionRate(all, year, asOf)),
      conversionRate: roundedRate(conversionRate(all, year, asOf)),
      owners: uniqueSorted(all.map((p) => p.owner.unit)),
    };
    return c.json(body);
  });

  // GET /api/projects/:id: one project, its stage at the period's end and the indicators it moves then.
  app.get('/api/projects/:id', async (c) => {
    const id = c.req.param('id');
    const project = await storage.getProject(id);
    if (!project) return projectNotFound(id);
    const query = parseQuery(c, periodQuerySchema);
    if (!query.ok) return validationError(MESSAGES.invalidQuery, query.fields);
    const { period } = query.data;
    const asOf = asOfDate(period);
    const year = yearOf(period);
    const [indicators, links] = await Promise.all([storage.listIndicators(), storage.listLinks()]);
    const linked = new Set(links.filter((l) => l.kind === 'project' && l.targetId === id).map((l) => l.indicatorId));
    const body: ProjectDetailResponse = {
      period,
      asOf,
      project,
      stage: stageAt(project, asOf) ?? null,
      // In dataset order: the ledger-derived ones it counts in at the period, and the linked ones.
      indicators: indicators.filter((i) => linked.has(i.id) || projectsBehind(i, [project], year, asOf)?.length === 1),
    };
    return c.json(body);
  });

  // POST /api/projects: a new project, with the stages it has already reached. 201 with the stored project.
  app.post('/api/projects', async (c) => {
    const received = await readJsonBody(c);
    if (!received.ok) return received.response;
    const input = parseWith(projectInputSchema, received.json, 'body');
    if (!input.ok) return validationError(MESSAGES.invalidBody, input.fields);
    const { name, industry, park, investment, owner, sample, note } = input.data;
    const today = beijingToday(now());
    const stages = definedStages(input.data.stages);
    const owners = await storage.listOwners();
    const problems = [
      ...optional(ownerProblem(owner, owners)),
      ...PROJECT_STAGES.flatMap((s) => {
        const date = stages[s];
        return date === undefined ? [] : optional(futureDateProblem(date, today, `stages.${s}`));
      }),
    ];
    if (problems.length === 0) problems.push(...orderProblems(stages, (s) => `stages.${s}`));
    if (problems.length > 0) return validationError(MESSAGES.invalidBody, problems);

    const recordedAt = now().toISOString();
    const history = PROJECT_STAGES.flatMap((stage): StageEvent[] => {
      const date = stages[stage];
      return date === undefined ? [] : [{ stage, date, recordedAt, ...(note ? { note } : {}) }];
    });
    const project: Project = {
      id: newProjectId(),
      name: bilingualName(name),
      industry,
      park,
      investment,
      stages,
      owner,
      source: enteredSource(today),
      sample,
      history,
    };
    await storage.addProject(project);
    const created = await storage.getProject(project.id);
    if (!created) return projectNotFound(project.id);
    const body: ProjectResponse = { project: created };
    return c.json(body, 201);
  });

  // POST /api/projects/:id/stages: a stage reached (or its date corrected), kept in the history. 200.
  app.post('/api/projects/:id/stages', async (c) => {
    const id = c.req.param('id');
    const project = await storage.getProject(id);
    if (!project) return projectNotFound(id);
    const received = await readJsonBody(c);
    if (!received.ok) return received.response;
    const input = parseWith(stageInputSchema, received.json, 'body');
    if (!input.ok) return validationError(MESSAGES.invalidBody, input.fields);
    const { stage, date, note } = input.data;
    const future = futureDateProblem(date, beijingToday(now()), 'date');
    if (future) return validationError(MESSAGES.invalidBody, [future]);
    const stages = { ...project.stages, [stage]: date };
    const problems = orderProblems(stages, () => 'date', 'stage');
    if (problems.length > 0) return validationError(MESSAGES.invalidBody, problems);
    await storage.updateProject(withStage(project, stage, date, now().toISOString(), note));
    const updated = await storage.getProject(id);
    if (!updated) return projectNotFound(id);
    const body: ProjectResponse = { project: updated };
    return c.json(body);
  });

  mountMethodTable(app, PROJECT_ROUTES);
}

function projectNotFound(id: string): Response {
  return notFound({ zh: `未找到项目“${id}”`, en: `There is no project "${id}"` });
}

function yearOf(period: string): number {
  const p = parsePeriod(period);
  if (!p) throw new Error(`not a period: ${period}`);
  return p.year;
}

function optional<T>(value: T | undefined): T[] {
  return value === undefined ? [] : [value];
}

/** The list's filters and search as one predicate (`reachedIn` is applied by the route). */
function matches(p: Project, q: ProjectListQuery, asOf: string): boolean {
  const needle = q.q?.toLowerCase() ?? '';
  return (
    (q.industry === undefined || p.industry === q.industry) &&
    (q.park === undefined || (p.park ?? 'none') === q.park) &&
    (q.stage === undefined || stageAt(p, asOf) === q.stage) &&
    (q.owner === undefined || p.owner.unit === q.owner) &&
    (needle === '' || `${p.name.zh}\u0000${p.name.en}`.toLowerCase().includes(needle))
  );
}

/** Stage dates without absent keys. */
function definedStages(stages: StageDates): StageDates {
  const out: StageDates = {};
  for (const s of PROJECT_STAGES) {
    const d = stages[s];
    if (d !== undefined) out[s] = d;
  }
  return out;
}

/**
 * What is wrong with the order of stage dates, as a field error: a date before the previous stage's
 * goes on `dateField(stage)`, a stage without the one before on `missingField` (or `dateField`).
 */
function orderProblems(
  stages: StageDates,
  dateField: (stage: ProjectStage) => string,
  missingField?: string,
): FieldError[] {
  const problem = stageOrderProblem(stages);
  if (!problem) return [];
  const field =
    problem.kind === 'missing-previous' ? (missingField ?? dateField(problem.stage)) : dateField(problem.stage);
  return [{ field, message: orderMessage(problem, stages) }];
}

function orderMessage(problem: StageOrderProblem, stages: StageDates): Bilingual {
  const stage = STAGE_DATE[problem.stage];
  const previous = STAGE_DATE[problem.previous];
  if (problem.kind === 'missing-previous') {
    return {
      zh: `尚无${previous.zh}，不能记录${stage.zh}`,
      en: `There is no ${previous.en} yet, so the ${stage.en} cannot be recorded`,
    };
  }
  const date = stages[problem.stage] ?? '';
  return {
    zh: `${stage.zh} ${date} 早于${previous.zh} ${problem.previousDate}`,
    en: `The ${stage.en} ${date} is before the ${previous.en} ${problem.previousDate}`,
  };
}
