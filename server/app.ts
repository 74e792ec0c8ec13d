/**
 * The API: one Hono app that runs under msw in the browser demo and the tests, and later on Node.
 * It only uses Web-standard Request/Response, and every input is validated before use, so bad
 * input gets a 4xx with bilingual field messages and never a 500.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import {
  indicatorListQuerySchema,
  periodQuerySchema,
  type CreateObservationResponse,
  type IndicatorDetailResponse,
  type IndicatorListQuery,
  type IndicatorListResponse,
  type IndicatorSummary,
  type SummaryResponse,
} from '../src/domain/contract';
import { derivedValueAt, type DerivationSources } from '../src/domain/derived';
import { evaluate } from '../src/domain/evaluate';
import { observationWriteSchema } from '../src/domain/history-contract';
import type { Bilingual, Indicator } from '../src/domain/indicator';
import { derivedValueRefusal } from '../src/domain/import-plan';
import { compareObservations, type Observation } from '../src/domain/observation';
import { checkObservationInput } from '../src/domain/observation-input';
import { compareIso, parsePeriod, periodEndDate } from '../src/domain/period';
import type { ValueNote } from '../src/domain/value-note';
import { StorageConflictError, StorageFullError, type Storage } from './storage/storage';
import { mountActionRoutes } from './action-routes';
import { mountBenchmarkRoutes } from './benchmark-routes';
import { withDerivedObservations } from './derived-storage';
import { mountHistoryRoutes } from './history-routes';
import { isImportPath, mountImportRoutes } from './import-routes';
import { asOfDate, countStatuses, evaluateAll, sortSummaries, thresholdsOf } from './indicator-evaluation';
import { mountNoteRoutes } from './note-routes';
import { presetContextOf, ruleFor } from './preset-rules';
import { mountProjectRoutes } from './project-routes';
import { hasValue, MAX_BODY_BYTES, MAX_IMPORT_BODY_BYTES, parseQuery, readJsonBody } from './request';
import { mountResponsibilityRoutes } from './responsibility-routes';
import { randomId } from './route-helpers';
import { errorResponse, MESSAGES, parseWith, validationError } from './validation';
import { reasonField, userFromHeader, userMiddleware, writerOf, type UserOf } from './who';

export { MAX_BODY_BYTES, MAX_IMPORT_BODY_BYTES };

/** The most lagging indicators the summary lists. */
const BEHIND_LIMIT = 10;

export interface AppOptions {
  readonly storage: Storage;
  /** The clock for `recordedAt`; injectable so tests are deterministic. */
  readonly now?: () => Date;
  /** Makes ids for new observations. */
  readonly newId?: () => string;
  /** Makes ids for new gap notes. */
  readonly newNoteId?: () => string;
  /** Makes ids for new projects. */
  readonly newProjectId?: () => string;
  /** Makes ids for new measures and tasks. */
  readonly newActionId?: () => string;
  /** Makes ids for new milestones. */
  readonly newMilestoneId?: () => string;
  /** Makes ids for imports. */
  readonly newImportId?: () => string;
  /** Makes ids for target revisions and benchmark value edits. */
  readonly newRevisionId?: () => string;
  /** Makes ids for value notes. */
  readonly newValueNoteId?: () => string;
  /**
   * Who a write request is from: the name to record, or a response to send instead. Defaults to the
   * percent-encoded `X-User-Name` header ({@link userFromHeader}); the Node server (issue 7) plugs its
   * sessions in here. Asked once per POST, PUT, PATCH or DELETE, before the route runs.
   */
  readonly userOf?: UserOf;
  /** Told about unexpected errors (the 500s); console.error unless given. */
  readonly reportError?: (error: unknown) => void;
}

/** The methods each route accepts; anything else on these paths is a 405 with `Allow`. */
const ROUTES = {
  '/api/indicators': ['GET'],
  '/api/indicators/:id': ['GET'],
  '/api/indicators/:id/observations': ['POST'],
  '/api/summary': ['GET'],
  '/api/demo/reset': ['POST'],
} as const;

/**
 * Creates the API app. Routes live under `/api`; see docs of each handler below for what they
 * accept. All responses are JSON (or empty) with `Cache-Control: no-store`.
 */
export function createApp(options: AppOptions): Hono {
  const {
    now = () => new Date(),
    newId = () => randomId('obs'),
    newNoteId = () => randomId('note'),
    newProjectId = () => randomId('p'),
    newActionId = () => randomId('a'),
    newMilestoneId = () => randomId('m'),
    newImportId = () => randomId('imp'),
    newRevisionId = () => randomId('rev'),
    newValueNoteId = () => randomId('vnote'),
    userOf = userFromHeader,
    reportError = (e) => console.error(e),
  } = options;
  // Every route reads observations through this: derived indicators get their computed values here only.
  const storage = withDerivedObservations(options.storage, now);
  const app = new Hono();

  app.use('/api/*', async (c, next) => {
    await next();
    // Data changes as people enter it: a cached list would show a stale status.
    c.res.headers.set('Cache-Control', 'no-store');
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
  });
  const bodyLimitOf = (maxSize: number, message: Bilingual) =>
    bodyLimit({ maxSize, onError: () => errorResponse(413, 'too-large', message) });
  const defaultLimit = bodyLimitOf(MAX_BODY_BYTES, MESSAGES.tooLarge);
  // Only the import routes take large bodies (up to 20,000 rows); everything else keeps 64 KB.
  const importLimit = bodyLimitOf(MAX_IMPORT_BODY_BYTES, MESSAGES.importTooLarge);
  app.use('/api/*', (c, next) => (isImportPath(c.req.path) ? importLimit : defaultLimit)(c, next));
  // Who makes each write, resolved before any write route runs (decision 0010).
  app.use('/api/*', userMiddleware(userOf));

  // GET /api/indicators: every indicator evaluated at ?period, filtered, searched and sorted.
  app.get('/api/indicators', async (c) => {
    const query = parseQuery(c, indicatorListQuerySchema);
    if (!query.ok) return validationError(MESSAGES.invalidQuery, query.fields);
    const q = query.data;
    const presets = await presetContextOf(storage, q);
    if (!presets.ok) return validationError(MESSAGES.invalidQuery, presets.fields);
    const all = await evaluateAll(storage, q.period, thresholdsOf(q), presets.context);
    const owners = [...new Set(all.map((s) => s.indicator.owner.unit))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
    const body: IndicatorListResponse = {
      period: q.period,
      asOf: asOfDate(q.period),
      total: all.length,
      counts: countStatuses(all),
      owners,
      items: sortSummaries(all.filter(matches(q)), q.sort, q.dir),
    };
    return c.json(body);
  });

  // GET /api/indicators/:id: one indicator, its evaluation and all its observations.
  app.get('/api/indicators/:id', async (c) => {
    const id = c.req.param('id');
    const indicator = await storage.getIndicator(id);
    if (!indicator) return indicatorNotFound(id);
    const query = parseQuery(c, periodQuerySchema);
    if (!query.ok) return validationError(MESSAGES.invalidQuery, query.fields);
    const { period } = query.data;
    const presets = await presetContextOf(storage, query.data);
    if (!presets.ok) return validationError(MESSAGES.invalidQuery, presets.fields);
    const observations = (await storage.listObservations(id)).sort(compareObservations);
    const rule = ruleFor(presets.context, indicator, observations, period);
    const body: IndicatorDetailResponse = {
      period,
      asOf: asOfDate(period),
      indicator,
      evaluation: evaluate(indicator, observations, period, thresholdsOf(query.data), rule),
      observations,
      notes: byPeriod(await storage.listValueNotes(id)),
    };
    return c.json(body);
  });

  // POST /api/indicators/:id/observations: records a value. Everything is checked before the one write.
  app.post('/api/indicators/:id/observations', async (c) => {
    const id = c.req.param('id');
    const indicator = await storage.getIndicator(id);
    if (!indicator) return indicatorNotFound(id);
    if (indicator.derived !== undefined) return derivedRefusal(indicator);
    const query = parseQuery(c, periodQuerySchema);
    if (!query.ok) return validationError(MESSAGES.invalidQuery, query.fields);
    // Checked before the write, like everything else: a rejected request writes nothing.
    const presets = await presetContextOf(storage, query.data);
    if (!presets.ok) return validationError(MESSAGES.invalidQuery, presets.fields);
    const received = await readJsonBody(c);
    if (!received.ok) return received.response;
    const input = parseWith(observationWriteSchema, received.json, 'body');
    if (!input.ok) return validationError(MESSAGES.invalidBody, input.fields);
    const problems = checkObservationInput(indicator, input.data);
    if (problems.length > 0) return validationError(MESSAGES.invalidBody, problems);

    const { reason, ...value } = input.data;
    const observation: Observation = {
      id: newId(),
      indicatorId: indicator.id,
      ...value,
      sample: false,
      recordedAt: now().toISOString(),
      recordedBy: writerOf(c),
      ...reasonField(reason),
    };
    await storage.addObservation(observation);
    const period = hasValue(c.req.query('period')) ? query.data.period : observation.period;
    const own = await storage.listObservations(indicator.id);
    const body: CreateObservationResponse = {
      observation,
      evaluation: evaluate(
        indicator,
        own,
        period,
        thresholdsOf(query.data),
        ruleFor(presets.context, indicator, own, period),
      ),
    };
    return c.json(body, 201);
  });

  // GET /api/summary: the Overview's numbers: counts, headline indicators, the most lagging, periods.
  app.get('/api/summary', async (c) => {
    const query = parseQuery(c, periodQuerySchema);
    if (!query.ok) return validationError(MESSAGES.invalidQuery, query.fields);
    const { period } = query.data;
    const presets = await presetContextOf(storage, query.data);
    if (!presets.ok) return validationError(MESSAGES.invalidQuery, presets.fields);
    const all = await evaluateAll(storage, period, thresholdsOf(query.data), presets.context);
    const behind = all.filter((s) => s.evaluation.status === 'red' || s.evaluation.status === 'yellow');
    const body: SummaryResponse = {
      period,
      asOf: asOfDate(period),
      counts: countStatuses(all),
      total: all.length,
      headline: all.filter((s) => s.indicator.headline),
      behind: sortSummaries(behind, 'status', 'asc').slice(0, BEHIND_LIMIT),
      periods: periodsWithData(
        all.map((s) => s.indicator),
        await storage.listObservations(),
      ),
      ledgerBaselines: ledgerBaselines(
        all.map((s) => s.indicator),
        { projects: await storage.listProjects(), milestones: await storage.listMilestones() },
      ),
    };
    return c.json(body);
  });

  // POST /api/demo/reset: back to the seed (the demo's "start over").
  app.post('/api/demo/reset', async (c) => {
    await storage.reset();
    return c.body(null, 204);
  });

  mountBenchmarkRoutes(app, { storage, now, newNoteId, newEditId: newRevisionId });
  mountImportRoutes(app, { storage, now, newId, newImportId });
  mountHistoryRoutes(app, { storage, now, newId, newRevisionId });
  mountNoteRoutes(app, { storage, now, newValueNoteId });
  mountProjectRoutes(app, { storage, now, newProjectId });
  mountActionRoutes(app, { storage, now, newActionId, newMilestoneId });
  mountResponsibilityRoutes(app, { storage });

  for (const [path, methods] of Object.entries(ROUTES)) {
    app.all(path, () =>
      errorResponse(405, 'method-not-allowed', MESSAGES.methodNotAllowed, undefined, { Allow: methods.join(', ') }),
    );
  }

  app.notFound(() => errorResponse(404, 'not-found', MESSAGES.notFound));
  app.onError((error) => {
    if (error instanceof StorageConflictError) {
      return errorResponse(409, 'conflict', {
        zh: '与已保存的数据冲突，请刷新后重试',
        en: 'This conflicts with the stored data; reload and try again',
      });
    }
    if (error instanceof StorageFullError) {
      return errorResponse(507, 'internal', {
        zh: '浏览器存储空间不足（或已被禁用），未保存任何更改；可在“设置”中重置演示数据后重试',
        en: "The browser's storage is full (or switched off); nothing was saved. Reset the demo data in Settings and try again",
      });
    }
    reportError(error);
    return errorResponse(500, 'internal', MESSAGES.internal);
  });

  return app;
}

/** 400 for a value entered for a derived indicator (decision 0008); nothing is written. */
function derivedRefusal(indicator: Indicator): Response {
  const message = derivedValueRefusal(indicator);
  return validationError(message, [{ field: 'indicatorId', message }]);
}

/** Value notes by the end of their period, then by when they were written. */
function byPeriod(notes: readonly ValueNote[]): ValueNote[] {
  const endOf = (period: string) => {
    const p = parsePeriod(period);
    return p ? periodEndDate(p) : period;
  };
  return [...notes].sort((a, b) => compareIso(endOf(a.period), endOf(b.period)) || compareIso(a.at, b.at));
}

/** For each derived indicator with a baseline, its computed value for the baseline's whole year. */
function ledgerBaselines(
  indicators: readonly Indicator[],
  sources: DerivationSources,
): NonNullable<SummaryResponse['ledgerBaselines']> {
  return indicators.flatMap((indicator) => {
    const b = indicator.baseline;
    if (indicator.derived === undefined || !b) return [];
    const v = derivedValueAt(indicator, sources, b.year, `${b.year}-12-31`);
    return v ? [{ indicatorId: indicator.id, year: b.year, value: v.value }] : [];
  });
}

/** 404 for an indicator id nobody knows. */
function indicatorNotFound(id: string): Response {
  return errorResponse(404, 'not-found', { zh: `未找到指标“${id}”`, en: `There is no indicator "${id}"` });
}

/** The list's filters and search as one predicate. */
function matches(q: IndicatorListQuery): (s: IndicatorSummary) => boolean {
  const needle = q.q?.trim().toLowerCase() ?? '';
  return ({ indicator, evaluation }) =>
    (q.category === undefined || indicator.category === q.category) &&
    (q.status === undefined || evaluation.status === q.status) &&
    (q.owner === undefined || indicator.owner.unit === q.owner) &&
    (q.campaign === undefined || indicator.campaigns.includes(q.campaign)) &&
    (needle === '' || searchText(indicator).includes(needle));
}

function searchText(indicator: Indicator): string {
  const { name, id, definition } = indicator;
  // A separator that no query can contain keeps a match from spanning two fields.
  return [name.zh, name.en, id, definition.zh, definition.en].join('\u0000').toLowerCase();
}

/** Months that have any observation plus the years that have a target, for the period picker. */
function periodsWithData(indicators: readonly Indicator[], observations: readonly Observation[]): string[] {
  const keys = new Set<string>();
  for (const o of observations) if (parsePeriod(o.period)?.granularity === 'month') keys.add(o.period);
  for (const i of indicators) for (const t of i.targets) keys.add(String(t.year));
  // Lexical order is chronological here, with each year just before its months.
  return [...keys].sort();
}
