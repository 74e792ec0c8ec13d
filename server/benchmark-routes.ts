/**
 * The 对标找差 routes: benchmark sets, a member's values, the gap cards (差距多大, 怎么赶) with our
 * rank among the members, and the gap notes (为何差, 怎么赶, 谁来赶). Mounted by app.ts; the same
 * validation discipline: 400 with bilingual field messages, 404 for unknown ids, nothing written on
 * a rejected request. The numbers come from src/domain/gap.ts and benchmark.ts.
 */
import type { Hono } from 'hono';
import {
  convertUnit,
  memberValueFor,
  valueInUnit,
  type BenchmarkMember,
  type BenchmarkSet,
  type BenchmarkValue,
  type GapNote,
} from '../src/domain/benchmark';
import {
  benchmarkSetInputSchema,
  closeByFor,
  gapNoteInputSchema,
  gapsQuerySchema,
  memberInputSchema,
  type BenchmarkSetListResponse,
  type BenchmarkValueInput,
  type BenchmarkSetResponse,
  type BenchmarkSetSummary,
  type GapCard,
  type GapNoteResponse,
  type GapsResponse,
  type IndicatorGaps,
  type MemberInput,
} from '../src/domain/benchmark-contract';
import {
  betterOf,
  gapSize,
  normalisePeerYear,
  rankAmong,
  rankChange,
  requiredGrowth,
  yearsBehind,
} from '../src/domain/gap';
import { sameCutoffGrowth } from '../src/domain/growth';
import { benchmarkValueWriteSchema } from '../src/domain/history-contract';
import type { Bilingual, Indicator, Unit } from '../src/domain/indicator';
import type { FieldError } from '../src/domain/observation-input';
import { effectiveForPeriod, latestEffectiveAt, type Observation } from '../src/domain/observation';
import { beijingToday, compareIso, lastMonthOf, parsePeriod, periodEndDate, type Period } from '../src/domain/period';
import { parseQuery, readJsonBody } from './request';
import type { Storage } from './storage/storage';
import { errorResponse, MESSAGES, parseWith, validationError } from './validation';
import { reasonField, writerOf } from './who';

export interface BenchmarkRouteOptions {
  readonly storage: Storage;
  readonly now: () => Date;
  readonly newNoteId: () => string;
  /** Makes ids for value edits (the history's versions). */
  readonly newEditId: () => string;
}

/** The methods each route accepts; anything else on these paths is a 405 with `Allow`. */
export const BENCHMARK_ROUTES = {
  '/api/benchmark-sets': ['GET', 'POST'],
  '/api/benchmark-sets/:id': ['GET'],
  '/api/benchmark-sets/:setId/members': ['POST'],
  '/api/benchmark-sets/:setId/members/:memberId/values/:indicatorId': ['PUT'],
  '/api/gaps': ['GET'],
  '/api/gap-notes': ['POST'],
} as const;

/** Adds the 对标 routes (and their 405s) to the app. */
export function mountBenchmarkRoutes(app: Hono, options: BenchmarkRouteOptions): void {
  const { storage, now, newNoteId, newEditId } = options;

  // GET /api/benchmark-sets: every set without its values, for the picker.
  app.get('/api/benchmark-sets', async (c) => {
    const body: BenchmarkSetListResponse = { items: (await storage.listBenchmarkSets()).map(summaryOf) };
    return c.json(body);
  });

  // GET /api/benchmark-sets/:id: one set with every member's values.
  app.get('/api/benchmark-sets/:id', async (c) => {
    const id = c.req.param('id');
    const set = await storage.getBenchmarkSet(id);
    if (!set) return setNotFound(id);
    const body: BenchmarkSetResponse = { set };
    return c.json(body);
  });

  // PUT …/members/:memberId/values/:indicatorId: sets the member's value of that indicator and year,
  // keeping who, when, why and the value replaced for the history.
  app.put('/api/benchmark-sets/:setId/members/:memberId/values/:indicatorId', async (c) => {
    const { setId, memberId, indicatorId } = c.req.param();
    const set = await storage.getBenchmarkSet(setId);
    if (!set) return setNotFound(setId);
    if (!set.members.some((m) => m.id === memberId)) {
      return errorResponse(404, 'not-found', {
        zh: `对标组“${setId}”中没有成员“${memberId}”`,
        en: `The benchmark set "${setId}" has no member "${memberId}"`,
      });
    }
    const indicator = await storage.getIndicator(indicatorId);
    if (!indicator) return indicatorNotFound(indicatorId);
    const received = await readJsonBody(c);
    if (!received.ok) return received.response;
    const input = parseWith(benchmarkValueWriteSchema, received.json, 'body');
    if (!input.ok) return validationError(MESSAGES.invalidBody, input.fields);
    const { reason, ...entered } = input.data;
    const stored = storedValue(entered, indicator);
    if (!stored) return validationError(MESSAGES.invalidBody, [unitMismatch('unit', entered.unit, indicator.unit)]);
    const member = set.members.find((m) => m.id === memberId);
    const before = member?.values.find((v) => v.indicatorId === indicatorId && v.year === stored.year) ?? null;
    await storage.putBenchmarkValue({
      id: newEditId(),
      setId,
      memberId,
      value: stored,
      before,
      by: writerOf(c),
      at: now().toISOString(),
      ...reasonField(reason),
    });
    const updated = await storage.getBenchmarkSet(setId);
    if (!updated) return setNotFound(setId);
    const body: BenchmarkSetResponse = { set: updated };
    return c.json(body);
  });

  // POST /api/benchmark-sets: a new set, dated today in Beijing. 201 with the stored set.
  app.post('/api/benchmark-sets', async (c) => {
    const received = await readJsonBody(c);
    if (!received.ok) return received.response;
    const input = parseWith(benchmarkSetInputSchema, received.json, 'body');
    if (!input.ok) return validationError(MESSAGES.invalidBody, input.fields);
    const { id, name, description } = input.data;
    const indicators = await indicatorsById(storage);
    const problems = input.data.members.flatMap((m, i) => valueProblems(m, indicators, `members.${i}.`));
    if (problems.length > 0) return validationError(MESSAGES.invalidBody, problems);
    if (await storage.getBenchmarkSet(id)) {
      return errorResponse(409, 'conflict', {
        zh: `对标组编号“${id}”已被使用`,
        en: `There already is a benchmark set "${id}"`,
      });
    }
    const set: BenchmarkSet = {
      id,
      name,
      description,
      asOf: beijingToday(now()),
      members: input.data.members.map((m) => storedMember(m, indicators)),
    };
    await storage.addBenchmarkSet(set);
    const created = await storage.getBenchmarkSet(id);
    if (!created) return setNotFound(id);
    const body: BenchmarkSetResponse = { set: created };
    return c.json(body, 201);
  });

  // POST /api/benchmark-sets/:setId/members: one more member, after the others. 201 with the whole set.
  app.post('/api/benchmark-sets/:setId/members', async (c) => {
    const setId = c.req.param('setId');
    const set = await storage.getBenchmarkSet(setId);
    if (!set) return setNotFound(setId);
    const received = await readJsonBody(c);
    if (!received.ok) return received.response;
    const input = parseWith(memberInputSchema, received.json, 'body');
    if (!input.ok) return validationError(MESSAGES.invalidBody, input.fields);
    const indicators = await indicatorsById(storage);
    const problems = valueProblems(input.data, indicators, '');
    if (problems.length > 0) return validationError(MESSAGES.invalidBody, problems);
    const memberId = input.data.id;
    if (set.members.some((m) => m.id === memberId)) {
      return errorResponse(409, 'conflict', {
        zh: `对标组“${setId}”中已有成员“${memberId}”`,
        en: `The benchmark set "${setId}" already has a member "${memberId}"`,
      });
    }
    await storage.addBenchmarkMember(setId, storedMember(input.data, indicators));
    const created = await storage.getBenchmarkSet(setId);
    if (!created) return setNotFound(setId);
    const body: BenchmarkSetResponse = { set: created };
    return c.json(body, 201);
  });

  // GET /api/gaps: the gap cards of every indicator that a member of the set has a value for.
  app.get('/api/gaps', async (c) => {
    const query = parseQuery(c, gapsQuerySchema);
    if (!query.ok) return validationError(MESSAGES.invalidQuery, query.fields);
    const q = query.data;
    const set = await storage.getBenchmarkSet(q.set);
    if (!set) return setNotFound(q.set);
    const period = parsePeriod(q.period);
    if (!period) return validationError(MESSAGES.invalidQuery, []);
    const closeBy = closeByFor(q);
    const [indicators, observations, notes] = await Promise.all([
      storage.listIndicators(),
      storage.listObservations(),
      storage.listGapNotes({ setId: set.id }),
    ]);
    const compared = new Set(set.members.flatMap((m) => m.values.map((v) => v.indicatorId)));
    const items: IndicatorGaps[] = indicators
      .filter((i) => compared.has(i.id))
      .map((indicator) =>
        gapsOf(
          indicator,
          observations.filter((o) => o.indicatorId === indicator.id),
          set,
          period,
          closeBy,
          notes.filter((n) => n.indicatorId === indicator.id),
        ),
      );
    const body: GapsResponse = {
      set: summaryOf(set),
      period: q.period,
      closeBy,
      items: sortByFirstMemberGap(items, set.members[0]?.id),
    };
    return c.json(body);
  });

  // POST /api/gap-notes: a cause or a measure, dated today in Beijing. 201 with the stored note.
  app.post('/api/gap-notes', async (c) => {
    const received = await readJsonBody(c);
    if (!received.ok) return received.response;
    const input = parseWith(gapNoteInputSchema, received.json, 'body');
    if (!input.ok) return validationError(MESSAGES.invalidBody, input.fields);
    const { setId, indicatorId } = input.data;
    const [set, indicator] = await Promise.all([storage.getBenchmarkSet(setId), storage.getIndicator(indicatorId)]);
    const unknown = [
      ...(set ? [] : [{ field: 'setId', message: { zh: '没有这个对标组', en: 'there is no such benchmark set' } }]),
      ...(indicator
        ? []
        : [{ field: 'indicatorId', message: { zh: '没有这个指标', en: 'there is no such indicator' } }]),
    ];
    if (unknown.length > 0) return validationError(MESSAGES.invalidBody, unknown);
    const note: GapNote = { id: newNoteId(), ...input.data, date: beijingToday(now()) };
    await storage.addGapNote(note);
    const body: GapNoteResponse = { note };
    return c.json(body, 201);
  });

  for (const [path, methods] of Object.entries(BENCHMARK_ROUTES)) {
    app.all(path, () =>
      errorResponse(405, 'method-not-allowed', MESSAGES.methodNotAllowed, undefined, { Allow: methods.join(', ') }),
    );
  }
}

function setNotFound(id: string): Response {
  return errorResponse(404, 'not-found', { zh: `未找到对标组“${id}”`, en: `There is no benchmark set "${id}"` });
}

function indicatorNotFound(id: string): Response {
  return errorResponse(404, 'not-found', { zh: `未找到指标“${id}”`, en: `There is no indicator "${id}"` });
}

async function indicatorsById(storage: Storage): Promise<ReadonlyMap<string, Indicator>> {
  return new Map((await storage.listIndicators()).map((i) => [i.id, i]));
}

function unitMismatch(field: string, unit: Unit, indicatorUnit: Unit): FieldError {
  return {
    field,
    message: {
      zh: `单位“${unit}”与指标单位“${indicatorUnit}”不一致，且无法换算（仅支持万元与亿元互换）`,
      en: `The unit "${unit}" is not the indicator's unit "${indicatorUnit}" and does not convert to it (only 万元 ↔ 亿元 do)`,
    },
  };
}

/**
 * What is wrong with a new member's values that only the indicators can tell: unknown indicators
 * and units that do not convert. `prefix` places the fields in the body ("members.0.").
 */
function valueProblems(member: MemberInput, indicators: ReadonlyMap<string, Indicator>, prefix: string): FieldError[] {
  return (member.values ?? []).flatMap((v, j): FieldError[] => {
    const at = `${prefix}values.${j}.`;
    const indicator = indicators.get(v.indicatorId);
    if (!indicator) {
      return [{ field: `${at}indicatorId`, message: { zh: '没有这个指标', en: 'there is no such indicator' } }];
    }
    return convertUnit(v.value, v.unit, indicator.unit) === null
      ? [unitMismatch(`${at}unit`, v.unit, indicator.unit)]
      : [];
  });
}

/** A validated new member as stored: its values converted to their indicators' units. */
function storedMember(member: MemberInput, indicators: ReadonlyMap<string, Indicator>): BenchmarkMember {
  const values = (member.values ?? []).map(({ indicatorId, ...v }) => {
    const indicator = indicators.get(indicatorId);
    const stored = indicator && storedValue(v, indicator);
    // valueProblems ran first, so this cannot happen; failing loudly beats storing a wrong value.
    if (!stored) throw new Error(`unchecked benchmark value: ${indicatorId}`);
    return stored;
  });
  return { id: member.id, name: member.name, kind: member.kind, basis: member.basis, values };
}

/**
 * An entered value as stored: in the indicator's unit, with a note saying what was entered when it
 * was converted (unless the user wrote a note). Null when the units do not convert.
 */
function storedValue(input: BenchmarkValueInput, indicator: Indicator): BenchmarkValue | null {
  const { value, unit, note, growthPct, ...rest } = input;
  const converted = convertUnit(value, unit, indicator.unit);
  if (converted === null) return null;
  return {
    indicatorId: indicator.id,
    value: converted,
    unit: indicator.unit,
    ...rest,
    ...(growthPct === undefined ? {} : { growthPct }),
    ...(note ? { note } : unit === indicator.unit ? {} : { note: conversionNote(value, unit, indicator.unit) }),
  };
}

function conversionNote(value: number, from: string, to: string): Bilingual {
  return { zh: `录入值为${value}${from}，已换算为${to}。`, en: `Entered as ${value} ${from}, converted to ${to}.` };
}

/** A set without its values. */
export function summaryOf(set: BenchmarkSet): BenchmarkSetSummary {
  return {
    id: set.id,
    name: set.name,
    description: set.description,
    asOf: set.asOf,
    memberCount: set.members.length,
    members: set.members.map(({ id, name, kind, basis }) => ({ id, name, kind, basis })),
  };
}

type Ours = GapCard['ours'];

/**
 * Our value for the comparison at a period: the effective annual value of the period's year if it
 * is known by the period's end; else the baseline; else the latest value of the year up to the period.
 */
export function ourValueAt(indicator: Indicator, own: readonly Observation[], period: Period): Ours | null {
  const asOf = periodEndDate(period);
  const yearKey = String(period.year);
  const annual = effectiveForPeriod(own, yearKey)?.effective;
  if (annual && compareIso(periodEndDate({ year: period.year, granularity: 'year', index: 0 }), asOf) <= 0) {
    return {
      value: annual.value,
      year: period.year,
      period: yearKey,
      basis: 'annual',
      partialYear: false,
      sample: annual.sample,
    };
  }
  const b = indicator.baseline;
  if (b) {
    return {
      value: b.value,
      year: b.year,
      period: String(b.year),
      basis: 'baseline',
      partialYear: false,
      sample: b.sample,
    };
  }
  const latest = latestEffectiveAt(own, period.year, asOf);
  if (!latest) return null;
  const p = parsePeriod(latest.period);
  return {
    value: latest.value,
    year: period.year,
    period: latest.period,
    basis: 'year-to-date',
    partialYear: indicator.cumulative && p !== null && lastMonthOf(p) < 12,
    sample: latest.sample,
  };
}

/**
 * Our current pace: 同比 on the same cut-off of the latest value of the period's year (1–6月 2020 vs
 * 1–6月 2019), else of the period our value came from; null when neither is computable.
 */
function ourGrowthPct(own: readonly Observation[], period: Period, ours: Ours): number | null {
  const latest = latestEffectiveAt(own, period.year, periodEndDate(period));
  for (const key of [latest?.period, ours.period]) {
    if (key === undefined) continue;
    const g = sameCutoffGrowth(own, key);
    if (g.kind === 'ok') return g.pct;
  }
  return null;
}

/** Our value of the year before `year`: that year's effective annual value, or the baseline of that year. */
function ourValueOfYear(indicator: Indicator, own: readonly Observation[], year: number): number | null {
  const annual = effectiveForPeriod(own, String(year))?.effective;
  if (annual) return annual.value;
  return indicator.baseline?.year === year ? indicator.baseline.value : null;
}

/** A member's value of exactly that year in the indicator's unit, or null. */
function exactValue(member: BenchmarkMember, indicator: Indicator, year: number): number | null {
  const v = member.values.find((x) => x.indicatorId === indicator.id && x.year === year);
  return v ? valueInUnit(v, indicator.unit) : null;
}

function cardOf(
  indicator: Indicator,
  member: BenchmarkMember,
  ours: Ours,
  growth: number | null,
  closeBy: number,
): GapCard | null {
  const v = memberValueFor(member, indicator.id, ours.year);
  if (!v) return null;
  const inUnit = valueInUnit(v, indicator.unit);
  if (inUnit === null) return null;
  const theirGrowth = v.growthPct ?? null;
  const norm = normalisePeerYear(inUnit, v.year, ours.year, theirGrowth);
  const better = betterOf(indicator);
  const size = gapSize(ours.value, norm.value, indicator);
  return {
    memberId: member.id,
    ours,
    theirs: {
      value: norm.value,
      year: norm.year,
      sourceYear: norm.sourceYear,
      yearMismatch: norm.yearMismatch,
      method: norm.method,
      source: v.source,
      sample: v.sample,
      ...(v.note ? { note: v.note } : {}),
    },
    size: { ...size },
    yearsBehind: yearsBehind(ours.value, norm.value, growth, theirGrowth, better),
    required: requiredGrowth(ours.value, norm.value, theirGrowth ?? 0, closeBy - ours.year),
    closeBy,
    ourGrowthPct: growth,
    theirGrowthPct: theirGrowth,
  };
}

function gapsOf(
  indicator: Indicator,
  own: readonly Observation[],
  set: BenchmarkSet,
  period: Period,
  closeBy: number,
  notes: readonly GapNote[],
): IndicatorGaps {
  const newestFirst = [...notes].reverse().sort((a, b) => compareIso(b.date, a.date));
  const owner = newestFirst.find((n) => n.owner)?.owner ?? indicator.owner;
  const ours = ourValueAt(indicator, own, period);
  if (!ours) return { indicator, cards: [], rank: null, notes: newestFirst, owner };
  const growth = ourGrowthPct(own, period, ours);
  const ranked: { member: BenchmarkMember; card: GapCard }[] = [];
  for (const member of set.members) {
    const card = cardOf(indicator, member, ours, growth, closeBy);
    if (card) ranked.push({ member, card });
  }
  const cards = ranked.map((r) => r.card);
  if (cards.length === 0) return { indicator, cards, rank: null, notes: newestFirst, owner };
  const better = betterOf(indicator);
  const current = rankAmong(
    cards.map((c) => c.theirs.value),
    ours.value,
    better,
  );
  // Last year's rank only when last year's values of us and of every ranked member are known.
  const ourPrev = ourValueOfYear(indicator, own, ours.year - 1);
  const theirPrev = ranked.map((r) => exactValue(r.member, indicator, ours.year - 1));
  const previous =
    ourPrev !== null && theirPrev.every((x) => x !== null)
      ? rankAmong(theirPrev as number[], ourPrev, better).rank
      : null;
  const { rank, of, change, text, words } = rankChange(previous, current);
  return { indicator, cards, rank: { rank, of, change, text, words }, notes: newestFirst, owner };
}

/**
 * Largest gap behind the first member first (in % of their value); items without a card for it, or
 * with no % (their value 0), last. Ties keep dataset order.
 */
function sortByFirstMemberGap(items: IndicatorGaps[], firstMemberId: string | undefined): IndicatorGaps[] {
  const key = (item: IndicatorGaps): number | null =>
    item.cards.find((c) => c.memberId === firstMemberId)?.size.pctOfTheirs ?? null;
  return [...items].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return y - x;
  });
}
