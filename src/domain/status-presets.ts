/**
 * 红黄绿灯 rules of local practice as a small rule engine: ordered rules, the first match wins, and
 * every light says which preset and rule gave it and why (as data, put in words by
 * status-presets-text.ts). The presets follow the practice described in the design notes:
 * 银川 bands behind 序时进度, 三亚 share behind plan and missed months, 天津 growth against plan and
 * the peer average, 宿迁 blue for a near deadline, 瓯海 red for a missed month turning yellow once
 * caught up, and 商城县 colour by rank quartile.
 *
 * Each preset returns a {@link PresetResult}: a {@link StatusResult} (so it plugs in wherever a
 * StatusRule does) whose `reason` is still the default rule's factual reason, plus `rule`: the
 * preset, the rule id and the preset's own reason, which is what the UI should say.
 */
import type { Rank } from './gap';
import { sameCutoffGrowth } from './growth';
import { targetFor, type Bilingual, type Indicator } from './indicator';
import { effectiveForPeriod, latestEffectiveAt, type Observation } from './observation';
import { compareIso, daysBetween, monthsUpTo, parseDate, parsePeriod, periodEndDate, periodKey } from './period';
import { progressAt } from './progress';
import { defaultStatusRule, type Status, type StatusInput, type StatusReason, type StatusResult } from './status';
import type { PresetId, PresetReason, RuleTrace } from './rule-trace';

export {
  PRESET_IDS,
  presetIdSchema,
  presetOnlyReasonSchema,
  presetReasonSchema,
  ruleTraceSchema,
  type PresetId,
  type PresetOnlyReason,
  type PresetReason,
  type RuleTrace,
} from './rule-trace';

/** A StatusResult that also says which preset and rule gave the light. */
export interface PresetResult extends StatusResult {
  readonly rule: RuleTrace;
}

// ---------------------------------------------------------------------------------------------
// The engine

/** One rule: when it applies, the light it gives and the reason as data. */
export interface Rule<C> {
  readonly id: string;
  readonly when: (input: C) => boolean;
  readonly status: Status;
  readonly reason: (input: C) => PresetReason;
}

export interface RuleOutcome {
  readonly status: Status;
  readonly ruleId: string;
  readonly reason: PresetReason;
}

/** What runRules gives when no rule matches: grey, rule "no-rule". */
export const NO_RULE_MATCHED: RuleOutcome = { status: 'grey', ruleId: 'no-rule', reason: { code: 'no-rule' } };

/** Runs ordered rules: the first whose `when` holds gives the status and reason. */
export function runRules<C>(rules: readonly Rule<C>[], input: C): RuleOutcome {
  for (const rule of rules) {
    if (rule.when(input)) return { status: rule.status, ruleId: rule.id, reason: rule.reason(input) };
  }
  return NO_RULE_MATCHED;
}

// ---------------------------------------------------------------------------------------------
// Monthly history (三亚, 瓯海)

/** Whether the monthly task was met: the 1–N月累计 value at or above 序时进度 at the month's end. */
export interface MonthRecord {
  /** "2020-05" */
  readonly period: string;
  readonly met: boolean;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The month-by-month record of a year up to `date`, from the observations: a month is met when its
 * effective value is at or above 序时进度 at the month's end (gap rounded to one decimal, as the
 * default rule does). Months without data or not yet over are left out; empty without a target.
 */
export function monthlyHistory(
  indicator: Indicator,
  observations: readonly Observation[],
  date: string,
): MonthRecord[] {
  const d = parseDate(date);
  if (!d) throw new Error(`not a date: ${date}`);
  const target = targetFor(indicator, d.year);
  if (!target) return [];
  const out: MonthRecord[] = [];
  for (const m of monthsUpTo({ year: d.year, granularity: 'month', index: d.month })) {
    const end = periodEndDate(m);
    if (compareIso(end, date) > 0) break;
    const key = periodKey(m);
    const e = effectiveForPeriod(observations, key)?.effective;
    if (!e) continue;
    const gap = progressAt(indicator, target, e.value, end).gapPoints;
    if (gap === null) continue;
    out.push({ period: key, met: round1(gap) >= 0 });
  }
  return out;
}

export interface HistoryRuns {
  /** The latest month on record up to the date. */
  readonly latest: MonthRecord | null;
  /** Months missed in a row, ending with the latest (0 when the latest was met). */
  readonly missedRun: number;
  /** Months met in a row, ending with the latest (0 when the latest was missed). */
  readonly metRun: number;
  /** The missed month just before the run of met months, if any ("caught up after …"). */
  readonly missedBefore: string | null;
}

function previousMonthKey(key: string): string | null {
  const p = parsePeriod(key);
  if (!p || p.granularity !== 'month') return null;
  return p.index === 1 ? `${p.year - 1}-12` : periodKey({ ...p, index: p.index - 1 });
}

/**
 * Runs of missed and met months ending with the latest month on record up to `date`. "In a row"
 * means calendar months in a row: a month without a record ends a run.
 */
export function historyRuns(history: readonly MonthRecord[], date: string): HistoryRuns {
  const upTo = date.slice(0, 7);
  const byPeriod = new Map<string, MonthRecord>();
  for (const r of history) {
    const p = parsePeriod(r.period);
    if (p && p.granularity === 'month' && compareIso(r.period, upTo) <= 0) byPeriod.set(r.period, r);
  }
  const latestKey = [...byPeriod.keys()].sort(compareIso).at(-1);
  const latest = latestKey === undefined ? null : (byPeriod.get(latestKey) ?? null);
  if (!latest) return { latest: null, missedRun: 0, metRun: 0, missedBefore: null };
  let run = 0;
  let rec: MonthRecord | undefined = latest;
  while (rec && rec.met === latest.met) {
    run += 1;
    const key = previousMonthKey(rec.period);
    rec = key === null ? undefined : byPeriod.get(key);
  }
  if (!latest.met) return { latest, missedRun: run, metRun: 0, missedBefore: null };
  return { latest, missedRun: 0, metRun: run, missedBefore: rec && !rec.met ? rec.period : null };
}

// ---------------------------------------------------------------------------------------------
// Inputs

/** 三亚, 瓯海: the month-by-month record; derived from the observations when not given. */
export interface HistoryInput extends StatusInput {
  readonly history?: readonly MonthRecord[];
}

/** 天津: growth rates in %. */
export interface TianjinInput extends StatusInput {
  /** Average cumulative growth of the chosen benchmark set's members (null when not known). */
  readonly peerAverageGrowthPct: number | null;
  /** Planned growth; derived from the target and last year's baseline when not given. */
  readonly planGrowthPct?: number | null;
  /** Our cumulative growth; the same-cut-off 同比 of the latest observation when not given. */
  readonly growthPct?: number | null;
}

/** 商城县: our rank among the benchmark set's members for this indicator (see rankAmong). */
export interface ShangchengInput extends StatusInput {
  readonly rank: Rank | null;
}

/** Everything any preset may need beyond StatusInput. */
export interface PresetExtras {
  readonly history?: readonly MonthRecord[];
  readonly peerAverageGrowthPct?: number | null;
  readonly planGrowthPct?: number | null;
  readonly growthPct?: number | null;
  readonly rank?: Rank | null;
}
export type PresetInput = StatusInput & PresetExtras;

// ---------------------------------------------------------------------------------------------
// Shared pieces

/** The default rule's judgement, which the presets build on (progress, basis, grey cases). */
interface PaceContext {
  readonly base: StatusResult;
  readonly state: 'no-target' | 'no-data' | 'no-rate' | 'ok';
  /** completion − 序时进度 in points, rounded to one decimal; 0 unless state is ok. */
  readonly gap: number;
}

function paceContext(input: StatusInput): PaceContext {
  const base = defaultStatusRule(input);
  const code = base.reason.code;
  const state = code === 'no-target' || code === 'no-data' || code === 'no-rate' ? code : 'ok';
  const gapPoints = base.progress?.gapPoints ?? null;
  return { base, state, gap: state === 'ok' && gapPoints !== null ? round1(gapPoints) : 0 };
}

/** The grey rules every pace-based preset starts with. */
function greyRules<C extends PaceContext>(preset: PresetId): Rule<C>[] {
  return (['no-target', 'no-data', 'no-rate'] as const).map((code) => ({
    id: `${preset}/${code}`,
    when: (c: C) => c.state === code,
    status: 'grey' as const,
    reason: () => ({ code }),
  }));
}

/** The factual reason at or above pace: the default's, without its "deadline near". */
function paceReason(c: PaceContext): StatusReason {
  const r = c.base.reason;
  if (r.code !== 'deadline-near') return r;
  return c.gap > 0 ? { code: 'ahead', points: c.gap } : { code: 'on-pace' };
}

function finish(preset: PresetId, base: StatusResult, outcome: RuleOutcome): PresetResult {
  return { ...base, status: outcome.status, rule: { preset, ruleId: outcome.ruleId, reason: outcome.reason } };
}

// ---------------------------------------------------------------------------------------------
// Presets

/** The default rule with its trace, so "default" can be chosen like any preset. */
export function presetDefault(input: StatusInput): PresetResult {
  const base = defaultStatusRule(input);
  return { ...base, rule: { preset: 'default', ruleId: `default/${base.status}`, reason: base.reason } };
}

/** 银川 bands in points behind 序时进度. */
export const YINCHUAN = { yellowFrom: 10, redBeyond: 30 } as const;

const yinchuanRules: Rule<PaceContext>[] = [
  ...greyRules<PaceContext>('yinchuan'),
  { id: 'yinchuan/at-or-above-pace', when: (c) => c.gap >= 0, status: 'green', reason: paceReason },
  {
    id: 'yinchuan/within-tolerance',
    when: (c) => -c.gap < YINCHUAN.yellowFrom,
    status: 'green',
    reason: (c) => ({ code: 'within-tolerance', points: -c.gap, tolerance: YINCHUAN.yellowFrom }),
  },
  {
    id: 'yinchuan/behind-10-30',
    when: (c) => -c.gap <= YINCHUAN.redBeyond,
    status: 'yellow',
    reason: (c) => ({ code: 'behind-band', points: -c.gap, min: YINCHUAN.yellowFrom, max: YINCHUAN.redBeyond }),
  },
  {
    id: 'yinchuan/behind-over-30',
    when: () => true,
    status: 'red',
    reason: (c) => ({ code: 'behind-band', points: -c.gap, min: YINCHUAN.redBeyond, max: null }),
  },
];

/**
 * 银川: green at or above 序时进度; yellow 10 to 30 points behind (both ends included); red more than
 * 30 behind. Less than 10 points behind is not named by the practice: it stays green, with the
 * reason "within the 10-point tolerance". The input's thresholds are not used.
 */
export function presetYinchuan(input: StatusInput): PresetResult {
  const c = paceContext(input);
  return finish('yinchuan', c.base, runRules(yinchuanRules, c));
}

/** 三亚: the yellow/red line in % below plan, and the months in a row that turn a task red. */
export const SANYA = { redBeyondPct: 50, redAfterMonths: 2 } as const;

interface SanyaContext extends PaceContext {
  /** How far below the plan to date, in % of it (negative above plan), one decimal. */
  readonly shortfallPct: number;
  readonly runs: HistoryRuns;
}

const sanyaRules: Rule<SanyaContext>[] = [
  ...greyRules<SanyaContext>('sanya'),
  {
    id: 'sanya/months-missed-in-a-row',
    when: (c) => c.runs.missedRun >= SANYA.redAfterMonths,
    status: 'red',
    reason: (c) => ({ code: 'months-missed', months: c.runs.missedRun, last: c.runs.latest?.period ?? '' }),
  },
  {
    id: 'sanya/far-below-plan',
    when: (c) => c.shortfallPct > SANYA.redBeyondPct,
    status: 'red',
    reason: (c) => ({ code: 'below-plan', pct: c.shortfallPct, limit: SANYA.redBeyondPct }),
  },
  {
    id: 'sanya/month-missed',
    when: (c) => c.runs.missedRun > 0,
    status: 'yellow',
    reason: (c) => ({ code: 'months-missed', months: c.runs.missedRun, last: c.runs.latest?.period ?? '' }),
  },
  {
    id: 'sanya/below-plan',
    when: (c) => c.shortfallPct > 0,
    status: 'yellow',
    reason: (c) => ({ code: 'below-plan', pct: c.shortfallPct, limit: SANYA.redBeyondPct }),
  },
  { id: 'sanya/plan-met', when: () => true, status: 'green', reason: () => ({ code: 'plan-met' }) },
];

/**
 * 三亚: below the plan to date (序时进度, or the cumulative plan) by up to 50% of it is yellow, by
 * more red; a monthly task missed in the latest month is yellow, missed two months in a row red.
 * The shortfall is 100 − completion ÷ expected × 100 (for a rank, target ÷ actual); when nothing is
 * expected yet it is 0. The history is derived with {@link monthlyHistory} unless given.
 */
export function presetSanya(input: HistoryInput): PresetResult {
  const c = paceContext(input);
  const p = c.base.progress;
  const shortfall =
    p && p.completionPct !== null && p.expectedPct !== null && p.expectedPct > 0
      ? round1((1 - p.completionPct / p.expectedPct) * 100)
      : 0;
  const history = input.history ?? monthlyHistory(input.indicator, input.observations, input.date);
  const ctx: SanyaContext = { ...c, shortfallPct: shortfall, runs: historyRuns(history, input.date) };
  return finish('sanya', c.base, runRules(sanyaRules, ctx));
}

interface TianjinContext {
  readonly hasData: boolean;
  readonly growth: number | null;
  readonly plan: number | null;
  readonly peers: number | null;
}

const missingOf = (c: TianjinContext): 'plan' | 'peers' | 'both' =>
  c.plan === null && c.peers === null ? 'both' : c.plan === null ? 'plan' : 'peers';

const tianjinRules: Rule<TianjinContext>[] = [
  { id: 'tianjin/no-data', when: (c) => !c.hasData, status: 'grey', reason: () => ({ code: 'no-data' }) },
  { id: 'tianjin/no-growth', when: (c) => c.growth === null, status: 'grey', reason: () => ({ code: 'no-growth' }) },
  {
    id: 'tianjin/negative-growth',
    when: (c) => (c.growth ?? 0) < 0,
    status: 'red',
    reason: (c) => ({ code: 'growth-negative', growthPct: c.growth ?? 0 }),
  },
  {
    id: 'tianjin/no-comparison',
    when: (c) => c.plan === null || c.peers === null,
    status: 'grey',
    reason: (c) => ({ code: 'no-comparison', missing: missingOf(c) }),
  },
  {
    id: 'tianjin/meets-plan-and-peers',
    when: (c) => (c.growth ?? 0) >= (c.plan ?? 0) && (c.growth ?? 0) >= (c.peers ?? 0),
    status: 'green',
    reason: (c) => ({ code: 'growth-meets', growthPct: c.growth ?? 0, planPct: c.plan ?? 0, peerPct: c.peers ?? 0 }),
  },
  {
    id: 'tianjin/below-plan-or-peers',
    when: () => true,
    status: 'yellow',
    reason: (c) => {
      const g = c.growth ?? 0;
      const plan = c.plan ?? 0;
      const peers = c.peers ?? 0;
      const below = g < plan && g < peers ? 'both' : g < plan ? 'plan' : 'peers';
      return { code: 'growth-below', growthPct: g, planPct: plan, peerPct: peers, below };
    },
  },
];

/**
 * Planned growth in %: target ÷ last year's baseline − 1, when the baseline is of the year before
 * and positive; otherwise null.
 */
export function plannedGrowthPct(indicator: Indicator, year: number): number | null {
  const target = targetFor(indicator, year);
  const b = indicator.baseline;
  if (!target || !b || b.year !== year - 1 || b.value <= 0) return null;
  return (target.value / b.value - 1) * 100;
}

/**
 * 天津: green only if cumulative growth is at or above the plan **and** at or above the peer average;
 * yellow if not negative but below either; red if negative. Without our growth, or without the plan
 * or the peer average (a green cannot be given), grey with the reason. All rates are compared
 * rounded to one decimal.
 */
export function presetTianjin(input: TianjinInput): PresetResult {
  const d = parseDate(input.date);
  if (!d) throw new Error(`not a date: ${input.date}`);
  const base = defaultStatusRule(input);
  const basis = base.basis ?? latestEffectiveAt(input.observations, d.year, input.date) ?? null;
  let growth: number | null;
  if (input.growthPct !== undefined) growth = input.growthPct;
  else if (!basis) growth = null;
  else {
    const g = sameCutoffGrowth(input.observations, basis.period);
    growth = g.kind === 'ok' ? g.pct : null;
  }
  const plan = input.planGrowthPct !== undefined ? input.planGrowthPct : plannedGrowthPct(input.indicator, d.year);
  const r = (x: number | null) => (x === null || !Number.isFinite(x) ? null : round1(x));
  const ctx: TianjinContext = {
    hasData: basis !== null,
    growth: r(growth),
    plan: r(plan),
    peers: r(input.peerAverageGrowthPct),
  };
  return finish('tianjin', { ...base, basis }, runRules(tianjinRules, ctx));
}

interface SuqianContext extends PaceContext {
  readonly overdue: { days: number; node: Bilingual } | null;
}

const suqianRules: Rule<SuqianContext>[] = [
  ...greyRules<SuqianContext>('suqian'),
  {
    id: 'suqian/overdue',
    when: (c) => c.overdue !== null,
    status: 'red',
    reason: (c) => ({ code: 'overdue', days: c.overdue?.days ?? 0, node: c.overdue?.node ?? { zh: '', en: '' } }),
  },
  { id: 'suqian/behind-pace', when: (c) => c.gap < 0, status: 'yellow', reason: (c) => c.base.reason },
  {
    id: 'suqian/deadline-near',
    when: (c) => c.base.reason.code === 'deadline-near',
    status: 'blue',
    reason: (c) => c.base.reason,
  },
  { id: 'suqian/on-pace', when: () => true, status: 'green', reason: paceReason },
];

/** The first milestone node of the date's year past its date (strictly before) and not done. */
function firstOverdueNode(c: PaceContext, input: StatusInput): { days: number; node: Bilingual } | null {
  if (input.indicator.kind !== 'milestone' || !c.base.basis) return null;
  const year = input.date.slice(0, 4);
  const nodes = (input.indicator.nodes ?? [])
    .filter((n) => n.due.slice(0, 4) === year)
    .sort((a, b) => compareIso(a.due, b.due));
  const next = nodes[Math.max(0, Math.floor(c.base.basis.value))];
  if (!next || compareIso(next.due, input.date) >= 0) return null;
  return { days: daysBetween(next.due, input.date), node: next.label };
}

/**
 * 宿迁: red when a milestone node is past its date and not done; yellow below 序时进度; blue when an
 * open node falls due within the thresholds' `blueDays`; green otherwise. The worst applicable
 * light wins. A node due today and not done is behind pace (yellow), not yet overdue.
 */
export function presetSuqian(input: StatusInput): PresetResult {
  const c = paceContext(input);
  const ctx: SuqianContext = { ...c, overdue: c.state === 'ok' ? firstOverdueNode(c, input) : null };
  return finish('suqian', c.base, runRules(suqianRules, ctx));
}

/** 瓯海: how many met months after a miss stay yellow before the light turns green again. */
export const OUHAI = { yellowMonthsAfterCatchUp: 1 } as const;

interface OuhaiContext extends PaceContext {
  readonly runs: HistoryRuns;
}

const ouhaiRules: Rule<OuhaiContext>[] = [
  ...greyRules<OuhaiContext>('ouhai'),
  {
    id: 'ouhai/no-history',
    when: (c) => c.runs.latest === null,
    status: 'grey',
    reason: () => ({ code: 'no-history' }),
  },
  {
    id: 'ouhai/month-missed',
    when: (c) => c.runs.missedRun > 0,
    status: 'red',
    reason: (c) => ({ code: 'months-missed', months: c.runs.missedRun, last: c.runs.latest?.period ?? '' }),
  },
  {
    id: 'ouhai/caught-up',
    when: (c) => c.runs.missedBefore !== null && c.runs.metRun <= OUHAI.yellowMonthsAfterCatchUp,
    status: 'yellow',
    reason: (c) => ({ code: 'caught-up', period: c.runs.latest?.period ?? '', missed: c.runs.missedBefore ?? '' }),
  },
  {
    id: 'ouhai/month-met',
    when: () => true,
    status: 'green',
    reason: (c) => ({ code: 'month-met', period: c.runs.latest?.period ?? '' }),
  },
];

/**
 * 瓯海: red when the latest month's task is missed (the 1–N月累计 value below 序时进度 at the month's
 * end); yellow in the month it is caught up after a miss; green once a further month is met (see
 * {@link OUHAI}). Grey without monthly data. The history is derived unless given.
 */
export function presetOuhai(input: HistoryInput): PresetResult {
  const c = paceContext(input);
  const history = input.history ?? monthlyHistory(input.indicator, input.observations, input.date);
  return finish('ouhai', c.base, runRules(ouhaiRules, { ...c, runs: historyRuns(history, input.date) }));
}

/** Quartile of a rank: 1 for the top 25% … 4 for the bottom 25%, by (rank − 1) ÷ (of − 1). */
export function rankQuartile(rank: Rank): 1 | 2 | 3 | 4 {
  const p = (rank.rank - 1) / (rank.of - 1);
  return p <= 0.25 ? 1 : p < 0.5 ? 2 : p < 0.75 ? 3 : 4;
}

interface ShangchengContext {
  readonly rank: Rank | null;
}

const validRank = (r: Rank | null): r is Rank =>
  r !== null && r.of >= 2 && Number.isInteger(r.rank) && r.rank >= 1 && r.rank <= r.of;

const quartileReason = (c: ShangchengContext): PresetReason =>
  validRank(c.rank)
    ? { code: 'rank-quartile', rank: c.rank.rank, of: c.rank.of, quartile: rankQuartile(c.rank) }
    : { code: 'no-rank' };

const shangchengRules: Rule<ShangchengContext>[] = [
  { id: 'shangcheng/no-rank', when: (c) => !validRank(c.rank), status: 'grey', reason: () => ({ code: 'no-rank' }) },
  {
    id: 'shangcheng/top-quartile',
    when: (c) => validRank(c.rank) && rankQuartile(c.rank) === 1,
    status: 'green',
    reason: quartileReason,
  },
  {
    id: 'shangcheng/bottom-quartile',
    when: (c) => validRank(c.rank) && rankQuartile(c.rank) === 4,
    status: 'red',
    reason: quartileReason,
  },
  { id: 'shangcheng/middle-half', when: () => true, status: 'yellow', reason: quartileReason },
];

/**
 * 商城县: colour by our rank's quartile among the benchmark members: top 25% green, bottom 25% red,
 * the middle half yellow. Quartiles are by (rank − 1) ÷ (of − 1), so 10 members give 3 green,
 * 4 yellow, 3 red, and 2 members give one green and one red. Grey without a rank or with fewer than
 * two ranked.
 */
export function presetShangcheng(input: ShangchengInput): PresetResult {
  return finish('shangcheng', defaultStatusRule(input), runRules(shangchengRules, { rank: input.rank }));
}

// ---------------------------------------------------------------------------------------------
// Registry

/** What a preset needs beyond the indicator, observations, date and thresholds. */
export type PresetNeed = 'history' | 'peer-average' | 'rank';

export const PRESET_NEEDS: Record<PresetId, readonly PresetNeed[]> = {
  default: [],
  yinchuan: [],
  sanya: ['history'],
  tianjin: ['peer-average'],
  suqian: [],
  ouhai: ['history'],
  shangcheng: ['rank'],
};

/** Runs a preset by id; extras a preset needs and does not get count as unknown (null). */
export function applyPreset(id: PresetId, input: PresetInput): PresetResult {
  switch (id) {
    case 'default':
      return presetDefault(input);
    case 'yinchuan':
      return presetYinchuan(input);
    case 'sanya':
      return presetSanya(input);
    case 'tianjin':
      return presetTianjin({ ...input, peerAverageGrowthPct: input.peerAverageGrowthPct ?? null });
    case 'suqian':
      return presetSuqian(input);
    case 'ouhai':
      return presetOuhai(input);
    case 'shangcheng':
      return presetShangcheng({ ...input, rank: input.rank ?? null });
  }
}

/** A preset as a StatusRule with its extras bound, to pass to evaluate(). */
export function presetRule(id: PresetId, extras: PresetExtras = {}): (input: StatusInput) => PresetResult {
  return (input) => applyPreset(id, { ...input, ...extras });
}
