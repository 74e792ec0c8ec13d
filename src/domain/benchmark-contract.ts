/**
 * The wire format of 对标找差: benchmark sets, gap cards (the 四个清楚), ranks and gap notes, shared
 * by the server (which validates what it receives and sends) and the client (which parses what it
 * gets). The numbers come from `gap.ts` and `benchmark.ts`; the schemas below mirror their types.
 *
 * Conventions of every gap card:
 * - every value is in the indicator's unit (a peer's 万元 figure arrives converted to 亿元);
 * - a positive `size.absolute` means we are BEHIND, whichever way is better (see gapSize);
 * - growth rates are in % (27.8 means +27.8% a year).
 */
import {
  benchmarkMemberSchema,
  benchmarkSetSchema,
  benchmarkValueSchema,
  gapNoteSchema,
  memberKindSchema,
} from './benchmark';
import { DEFAULT_PERIOD } from './contract';
import { bilingualSchema, indicatorSchema, ownerSchema, sourceSchema, unitSchema } from './indicator';
import { isoDateSchema, parsePeriod, periodKeySchema } from './period';
import { z } from './zod';

/** The set GET /api/gaps opens on when none is chosen. */
export const DEFAULT_BENCHMARK_SET = 'sunan-benchmark';

/** How far ahead a "close the gap by" year may lie: period's year + 1 … + 15; default + 3. */
export const CLOSE_BY_MIN_YEARS = 1;
export const CLOSE_BY_MAX_YEARS = 15;
export const CLOSE_BY_DEFAULT_YEARS = 3;

const finite = z.number().check(z.refine(Number.isFinite, { message: 'value must be a finite number' }));
const nullableNumber = z.nullable(z.number());
const year = z.number().check(z.int(), z.gte(1949), z.lte(2100));
const idSchema = z.string().check(z.regex(/^[a-z0-9-]+$/, { message: 'id must be lower-case letters, digits and -' }));

export const standingSchema = z.enum(['ahead', 'equal', 'behind']);
const yearsSchema = z.union([z.number(), z.literal('never')]);

/** Mirror of gap.ts `YearsBehind`. */
export const yearsBehindSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('ok'),
    standing: standingSchema,
    /** Years to reach their present value at our growth (0 when not behind). */
    toReach: yearsSchema,
    /** Years to catch them with both growing; null when their growth is not known. */
    toCatch: z.nullable(yearsSchema),
  }),
  z.object({
    kind: z.literal('undefined'),
    reason: z.enum(['non-positive-value', 'growth-at-or-below-minus-100', 'no-growth']),
  }),
]);
export type YearsBehindWire = z.infer<typeof yearsBehindSchema>;

/** Mirror of gap.ts `RequiredGrowth`. */
export const requiredGrowthSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ok'), annualPct: z.number(), monthlyPct: z.number(), targetValue: z.number() }),
  z.object({
    kind: z.literal('error'),
    reason: z.enum(['years-not-positive', 'non-positive-value', 'growth-at-or-below-minus-100']),
  }),
]);
export type RequiredGrowthWire = z.infer<typeof requiredGrowthSchema>;

/**
 * Where our value came from: the effective annual value of the comparison year, the indicator's
 * baseline (usually the year before), or the latest 1–N月累计 value of the period's year.
 */
export const OURS_BASES = ['annual', 'baseline', 'year-to-date'] as const;
export const oursBasisSchema = z.enum(OURS_BASES);

/** One member compared with us on one indicator: 差距多大 and 怎么赶 in numbers. */
export const gapCardSchema = z.object({
  memberId: idSchema,
  ours: z.object({
    value: z.number(),
    /** The year our value stands for. */
    year,
    /** The period key it came from: "2020" (annual), "2019" (baseline year) or "2020-06" (year to date). */
    period: periodKeySchema,
    basis: oursBasisSchema,
    /**
     * True when the value is 1–N月累计 of a cumulative indicator short of December: it covers part of
     * the year while the peer's is a whole year. The UI must say so ("1–6月累计").
     */
    partialYear: z.boolean(),
    sample: z.boolean(),
  }),
  theirs: z.object({
    /** In the indicator's unit; projected to our year with their own growth when it is known. */
    value: z.number(),
    /** The year the value now stands for (ours.year when projected, else the source's year). */
    year,
    /** The year the source gives. */
    sourceYear: year,
    /** True when the value is of another year and could not be projected: say "2016年数据". */
    yearMismatch: z.boolean(),
    method: z.enum(['same-year', 'projected', 'as-is']),
    source: sourceSchema,
    sample: z.boolean(),
    note: z.optional(bilingualSchema),
  }),
  /** 差距多大. absolute > 0: we are behind by that much (in `measure`). */
  size: z.object({
    absolute: z.number(),
    /** The gap in % of their value; null when theirs is 0. */
    pctOfTheirs: nullableNumber,
    /** Percentage points, for ratio indicators only. */
    points: nullableNumber,
    measure: z.enum(['unit', 'pp', 'places']),
    standing: standingSchema,
  }),
  /** 差距多大 in time, at our current growth (ourGrowthPct). */
  yearsBehind: yearsBehindSchema,
  /** 怎么赶: the growth we need to draw level by `closeBy` (their growth taken as 0 when unknown). */
  required: requiredGrowthSchema,
  closeBy: year,
  /** Our 同比 on the same cut-off (e.g. 1–6月 2020 vs 1–6月 2019); null when not computable. */
  ourGrowthPct: nullableNumber,
  /** The peer's own growth as its source gives it; null when unknown (then `required` assumes 0). */
  theirGrowthPct: nullableNumber,
});
export type GapCard = z.infer<typeof gapCardSchema>;

/** Our place among the members that have a value (the "双亮牌": rank and change in rank). */
export const gapRankSchema = z.object({
  rank: z.number().check(z.int(), z.gte(1)),
  /** How many are ranked, us included. */
  of: z.number().check(z.int(), z.gte(1)),
  /** Places moved up (+) or down (−) since last year; null when last year's values are not all known. */
  change: nullableNumber,
  /** "↑2" / "↓1" / "持平" / "—". */
  text: bilingualSchema,
  /** "上升2位" / "up 2 places". */
  words: bilingualSchema,
});
export type GapRank = z.infer<typeof gapRankSchema>;

/** Everything about one indicator against one set: the four answers. */
export const indicatorGapsSchema = z.object({
  indicator: indicatorSchema,
  /** One card per member with a value of this indicator, in the set's member order. */
  cards: z.array(gapCardSchema),
  rank: z.nullable(gapRankSchema),
  /** 为何差 (cause) and 怎么赶 (measure) notes, newest first. */
  notes: z.array(gapNoteSchema),
  /** 谁来赶: the owner named by the newest note that names one, else the indicator's owner. */
  owner: ownerSchema,
});
export type IndicatorGaps = z.infer<typeof indicatorGapsSchema>;

/** A set without its values, for pickers and headers. */
export const benchmarkSetSummarySchema = z.object({
  id: idSchema,
  name: bilingualSchema,
  description: bilingualSchema,
  asOf: isoDateSchema,
  memberCount: z.number().check(z.int(), z.gte(0)),
  members: z.array(
    z.object({
      id: idSchema,
      name: bilingualSchema,
      kind: memberKindSchema,
      /** 确定依据 */
      basis: bilingualSchema,
    }),
  ),
});
export type BenchmarkSetSummary = z.infer<typeof benchmarkSetSummarySchema>;

/** GET /api/benchmark-sets */
export const benchmarkSetListResponseSchema = z.object({ items: z.array(benchmarkSetSummarySchema) });
export type BenchmarkSetListResponse = z.infer<typeof benchmarkSetListResponseSchema>;

/** GET /api/benchmark-sets/:id and the answer of a value edit: the full set with its values. */
export const benchmarkSetResponseSchema = z.object({ set: benchmarkSetSchema });
export type BenchmarkSetResponse = z.infer<typeof benchmarkSetResponseSchema>;

/** GET /api/gaps */
export const gapsResponseSchema = z.object({
  set: benchmarkSetSummarySchema,
  period: periodKeySchema,
  closeBy: year,
  /**
   * One entry per indicator that at least one member has a value for, sorted by the gap to the
   * set's FIRST member in % of their value (size.pctOfTheirs), largest gap behind first; indicators
   * without a card for the first member (or with pctOfTheirs null) come last, in dataset order.
   */
  items: z.array(indicatorGapsSchema),
});
export type GapsResponse = z.infer<typeof gapsResponseSchema>;

/** Query of GET /api/gaps; numbers arrive as strings and are coerced. */
export const gapsQuerySchema = z
  .object({
    set: z._default(idSchema, DEFAULT_BENCHMARK_SET),
    period: z._default(periodKeySchema, DEFAULT_PERIOD),
    /** Defaults to the period's year + 3 (see {@link closeByFor}). */
    closeBy: z.optional(z.coerce.number().check(z.int(), z.gte(1950), z.lte(2100))),
  })
  .check(
    z.refine((q) => q.closeBy === undefined || closeByInRange(q.period, q.closeBy), {
      message: 'closeBy must be 1 to 15 years after the period',
      path: ['closeBy'],
    }),
  );
export type GapsQuery = z.infer<typeof gapsQuerySchema>;

function closeByInRange(period: string, closeBy: number): boolean {
  const p = parsePeriod(period);
  // A bad period is reported on its own field.
  if (!p) return true;
  return closeBy >= p.year + CLOSE_BY_MIN_YEARS && closeBy <= p.year + CLOSE_BY_MAX_YEARS;
}

/** The close-by year of a (validated) query: as given, or the period's year + 3. */
export function closeByFor(query: Pick<GapsQuery, 'period' | 'closeBy'>): number {
  if (query.closeBy !== undefined) return query.closeBy;
  const p = parsePeriod(query.period);
  if (!p) throw new Error(`not a period: ${query.period}`);
  return p.year + CLOSE_BY_DEFAULT_YEARS;
}

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** POST /api/gap-notes: a cause (为何差) or a measure (怎么赶), with who wrote it and, for a measure, 谁来赶. */
export const gapNoteInputSchema = z.object({
  setId: idSchema,
  indicatorId: idSchema,
  kind: z.enum(['cause', 'measure']),
  text: text(1000),
  author: text(50),
  owner: z.optional(z.object({ unit: text(50), person: text(50) })),
});
export type GapNoteInput = z.infer<typeof gapNoteInputSchema>;

/** The answer of POST /api/gap-notes (201): the stored note, with its id and Beijing date. */
export const gapNoteResponseSchema = z.object({ note: gapNoteSchema });
export type GapNoteResponse = z.infer<typeof gapNoteResponseSchema>;

/**
 * PUT /api/benchmark-sets/:setId/members/:memberId/values/:indicatorId: a member's value of one
 * indicator for one year (replaces the value of that year, or adds one). The unit must be the
 * indicator's or convert to it (万元 ↔ 亿元); the value is stored converted.
 */
export const benchmarkValueInputSchema = z.object({
  value: finite,
  year,
  unit: unitSchema,
  /** The member's own growth in %, when the source gives it. */
  growthPct: z.optional(z.number().check(z.gt(-100), z.lte(10_000))),
  source: z.object({
    title: text(200),
    publisher: z.optional(text(100)),
    date: z.optional(isoDateSchema),
    quote: z.optional(text(500)),
  }),
  sample: z.boolean(),
  note: z.optional(z.object({ zh: text(500), en: text(500) })),
});
export type BenchmarkValueInput = z.infer<typeof benchmarkValueInputSchema>;

/** Input ids (a set's or a member's): lower-case letters, digits and -, 3–60 characters. */
const inputIdSchema = z
  .string()
  .check(
    z.minLength(3),
    z.maxLength(60),
    z.regex(/^[a-z0-9-]+$/, { message: 'id must be lower-case letters, digits and -' }),
  );

const bilingualText = (max: number) => z.object({ zh: text(max), en: text(max) });

/** Messages of the duplicate checks below; validation.ts gives their bilingual forms. */
export const DUPLICATE_MEMBER_MESSAGE = 'member ids must be unique';
export const DUPLICATE_VALUE_MESSAGE = 'a member has at most one value per indicator and year';

/**
 * An issue on every item whose key an earlier item already has, at that item's `field`, so the
 * form can point at the second 周庄 rather than at the whole list.
 */
function uniqueItems<T>(key: (item: T) => string, field: string, message: string) {
  return z.superRefine<T[]>((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const k = key(item);
      if (seen.has(k)) ctx.addIssue({ code: 'custom', message, path: [i, field], input: item });
      seen.add(k);
    });
  });
}

/** One value given with a new member: {@link benchmarkValueInputSchema} plus the indicator it is of. */
export const memberValueInputSchema = z.extend(benchmarkValueInputSchema, { indicatorId: idSchema });
export type MemberValueInput = z.infer<typeof memberValueInputSchema>;

/**
 * POST /api/benchmark-sets/:setId/members, and each member of a new set. `basis` (确定依据) is
 * required: a benchmark nobody can justify is not one. Values are optional (they can be entered
 * later through the PUT route); their units must convert to the indicators' units, which only the
 * server can check.
 */
export const memberInputSchema = z.object({
  id: inputIdSchema,
  name: bilingualText(100),
  kind: memberKindSchema,
  basis: bilingualText(500),
  values: z.optional(
    z.array(memberValueInputSchema).check(
      z.maxLength(200),
      uniqueItems((v: MemberValueInput) => `${v.indicatorId}@${v.year}`, 'year', DUPLICATE_VALUE_MESSAGE),
    ),
  ),
});
export type MemberInput = z.infer<typeof memberInputSchema>;

/** POST /api/benchmark-sets: a new set with 1–20 members. Its `asOf` is the day it is created (Beijing). */
export const benchmarkSetInputSchema = z.object({
  id: inputIdSchema,
  name: bilingualText(100),
  description: bilingualText(500),
  members: z.array(memberInputSchema).check(
    z.minLength(1),
    z.maxLength(20),
    uniqueItems((m: MemberInput) => m.id, 'id', DUPLICATE_MEMBER_MESSAGE),
  ),
});
export type BenchmarkSetInput = z.infer<typeof benchmarkSetInputSchema>;

/** Re-exported so the client needs one import for the 对标 wire format. */
export { benchmarkMemberSchema, benchmarkSetSchema, benchmarkValueSchema, gapNoteSchema };
