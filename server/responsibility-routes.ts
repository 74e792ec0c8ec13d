/**
 * The 责任 view ("谁来赶"): everything one owner unit, or one person of it, owns at a period —
 * indicators with their lights (the same presets and thresholds as /api/indicators), projects,
 * measures and tasks with their roll-ups, and milestones, the most urgent first.
 */
import type { Hono } from 'hono';
import { isDone, type Milestone } from '../src/domain/action';
import {
  responsibilityQuerySchema,
  type MilestoneView,
  type ResponsibilityResponse,
} from '../src/domain/action-contract';
import type { Owner } from '../src/domain/indicator';
import type { FieldError } from '../src/domain/observation-input';
import { stageAt, type Project } from '../src/domain/project';
import { asOfDate, evaluateAll, sortSummaries, thresholdsOf } from './indicator-evaluation';
import { milestoneView, planOrder, projectSummary, sortByDue, treeView } from './ledger-views';
import { presetContextOf } from './preset-rules';
import { parseQuery } from './request';
import { mountMethodTable } from './route-helpers';
import type { Storage } from './storage/storage';
import { MESSAGES, validationError } from './validation';

export interface ResponsibilityRouteOptions {
  readonly storage: Storage;
}

/** The methods each route accepts; anything else on these paths is a 405 with `Allow`. */
export const RESPONSIBILITY_ROUTES = {
  '/api/responsibilities': ['GET'],
} as const;

/** Adds the 责任 route (and its 405) to the app. */
export function mountResponsibilityRoutes(app: Hono, options: ResponsibilityRouteOptions): void {
  const { storage } = options;

  // GET /api/responsibilities: what a unit (or person) owns at the period's end, the most urgent first.
  app.get('/api/responsibilities', async (c) => {
    const query = parseQuery(c, responsibilityQuerySchema);
    if (!query.ok) return validationError(MESSAGES.invalidQuery, query.fields);
    const q = query.data;
    const [presets, directory] = await Promise.all([presetContextOf(storage, q), storage.listOwners()]);
    const unit = directory.find((u) => u.unit === q.unit);
    const fields: FieldError[] = presets.ok ? [] : [...presets.fields];
    if (!unit) {
      fields.push({ field: 'unit', message: { zh: '单位名录中没有这个单位', en: 'is not a unit of the directory' } });
    } else if (q.person !== undefined && !unit.people.includes(q.person)) {
      fields.push({
        field: 'person',
        message: { zh: `“${unit.unit}”的名录中没有此人`, en: `is not one of the people of "${unit.unit}"` },
      });
    }
    if (!presets.ok || !unit || fields.length > 0) return validationError(MESSAGES.invalidQuery, fields);
    const asOf = asOfDate(q.period);
    const thresholds = thresholdsOf(q);
    const window = thresholds.blueDays;
    const owns = (o: Owner | undefined): boolean =>
      o !== undefined && o.unit === unit.unit && (q.person === undefined || o.person === q.person);

    const [summaries, projects, nodes, milestones, links, indicators] = await Promise.all([
      evaluateAll(storage, q.period, thresholds, presets.context),
      storage.listProjects(),
      storage.listActionNodes(),
      storage.listMilestones(),
      storage.listLinks(),
      storage.listIndicators(),
    ]);
    const owned = sortSummaries(
      summaries.filter((s) => owns(s.indicator.owner)),
      'status',
      'asc',
    );
    const tree = treeView(nodes, milestones, links, indicators, asOf, window);
    const tasks = planOrder(nodes)
      .filter((n) => n.kind !== 'campaign' && owns(n.owner))
      .map(tree.view)
      // Stable: plan order within the same urgency.
      .sort((a, b) => b.rollUp.overdue - a.rollUp.overdue || b.rollUp.dueSoon - a.rollUp.dueSoon);
    const views = sortMilestones(
      milestones.filter((m) => owns(m.owner)),
      asOf,
      window,
    );
    const body: ResponsibilityResponse = {
      period: q.period,
      asOf,
      unit: unit.unit,
      person: q.person ?? null,
      indicators: owned,
      projects: sortProjects(
        projects.filter((p) => owns(p.owner)),
        asOf,
      ).map((p) => projectSummary(p, asOf)),
      tasks,
      milestones: views,
      counts: {
        overdue: views.filter((v) => v.state === 'overdue').length,
        dueSoon: views.filter((v) => v.dueInDays !== null).length,
        red: owned.filter((s) => s.evaluation.status === 'red').length,
        yellow: owned.filter((s) => s.evaluation.status === 'yellow').length,
      },
    };
    return c.json(body);
  });

  mountMethodTable(app, RESPONSIBILITY_ROUTES);
}

/** Not yet in production first, then the largest investment (stable: ledger order on ties). */
function sortProjects(projects: readonly Project[], asOf: string): Project[] {
  const producing = (p: Project) => (stageAt(p, asOf) === 'converted' ? 1 : 0);
  return [...projects].sort((a, b) => producing(a) - producing(b) || b.investment - a.investment);
}

/**
 * Overdue first (the longest overdue, i.e. earliest due, first), then 临期, then the other open
 * ones, then the done ones, each by due date.
 */
function sortMilestones(milestones: readonly Milestone[], asOf: string, window: number): MilestoneView[] {
  const rank = (v: MilestoneView): number =>
    v.state === 'overdue' ? 0 : v.dueInDays !== null ? 1 : isDone(v.state) ? 3 : 2;
  return sortByDue(milestones)
    .map((m) => milestoneView(m, asOf, window))
    .sort((a, b) => rank(a) - rank(b));
}
