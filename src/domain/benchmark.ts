/**
 * 对标: benchmark sets. A set is a named, dated list of members (peer towns, the county average, the
 * best town in the city, the national top-100-town average, our own plan or last year), each with
 * why it was chosen (确定依据) and, per indicator, a value with its year, unit, source and `sample`
 * flag. Peers' years differ; the value keeps its own year and the comparison says so.
 */
import { bilingualSchema, sourceSchema, unitSchema, type Unit } from './indicator';
import { isoDateSchema } from './period';
import { z } from './zod';

const idSchema = z.string().check(z.regex(/^[a-z0-9-]+$/, { message: 'id must be lower-case letters, digits and -' }));

/** What kind of benchmark a member is. */
export const MEMBER_KINDS = [
  'peer-town',
  'county-average',
  'city-best',
  'national-top100-average',
  'own-plan',
  'own-last-year',
] as const;
export const memberKindSchema = z.enum(MEMBER_KINDS);
export type MemberKind = z.infer<typeof memberKindSchema>;

/** One member's value of one indicator, in the year the source gives it. */
export const benchmarkValueSchema = z.object({
  indicatorId: idSchema,
  value: z.number().check(z.refine(Number.isFinite, { message: 'value must be a finite number' })),
  /** The year the value stands for (not the year of publication). */
  year: z.number().check(z.int(), z.gte(1949), z.lte(2100)),
  /** Must equal the indicator's unit or convert to it (万元 ↔ 亿元); see {@link convertUnit}. */
  unit: unitSchema,
  /** The member's own growth over its previous year in %, when the source gives it (周庄 +27.8%). */
  growthPct: z.optional(z.number().check(z.gt(-100))),
  source: sourceSchema,
  /** True when no source gives the value: shown as 示例. */
  sample: z.boolean(),
  note: z.optional(bilingualSchema),
});
export type BenchmarkValue = z.infer<typeof benchmarkValueSchema>;

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): boolean {
  return new Set(items.map(key)).size === items.length;
}

/** A member of a benchmark set. */
export const benchmarkMemberSchema = z.object({
  id: idSchema,
  name: bilingualSchema,
  kind: memberKindSchema,
  /** 确定依据: why this member was chosen. */
  basis: bilingualSchema,
  values: z.array(benchmarkValueSchema).check(
    z.refine((values) => uniqueBy(values, (v) => `${v.indicatorId}@${v.year}`), {
      message: 'a member has at most one value per indicator and year',
    }),
  ),
});
export type BenchmarkMember = z.infer<typeof benchmarkMemberSchema>;

/** A named, dated benchmark set such as "苏南标杆镇". */
export const benchmarkSetSchema = z.object({
  id: idSchema,
  name: bilingualSchema,
  description: bilingualSchema,
  /** The date the set was put together. */
  asOf: isoDateSchema,
  members: z
    .array(benchmarkMemberSchema)
    .check(z.refine((members) => uniqueBy(members, (m) => m.id), { message: 'member ids must be unique' })),
});
export type BenchmarkSet = z.infer<typeof benchmarkSetSchema>;

/** 为何差 (a cause) or 怎么赶 (a measure), written by a person, dated. */
export const gapNoteSchema = z.object({
  id: z.string().check(z.minLength(1)),
  setId: idSchema,
  indicatorId: idSchema,
  kind: z.enum(['cause', 'measure']),
  text: z.string().check(z.minLength(1), z.maxLength(2000)),
  author: z.string().check(z.minLength(1), z.maxLength(100)),
  date: isoDateSchema,
  /** 谁来赶: 责任单位 / 责任人 of a measure. */
  owner: z.optional(z.object({ unit: z.string().check(z.minLength(1)), person: z.string().check(z.minLength(1)) })),
});
export type GapNote = z.infer<typeof gapNoteSchema>;

/** Units per 万元: 1亿元 = 10,000万元. */
const IN_WAN: Partial<Record<Unit, number>> = { 万元: 1, 亿元: 10_000 };

/**
 * Converts a value between units: identity for the same unit, 万元 ↔ 亿元 (1亿元 = 10,000万元),
 * null for units that do not convert (亿元 to 个, % to 公顷…). The result is rounded to 15
 * significant digits so 0.07亿元 reads 700万元, not 700.0000000000001.
 */
export function convertUnit(value: number, from: Unit, to: Unit): number | null {
  if (from === to) return value;
  const f = IN_WAN[from];
  const t = IN_WAN[to];
  if (f === undefined || t === undefined) return null;
  return Number(((value * f) / t).toPrecision(15));
}

/** A benchmark value in the indicator's unit, or null when the units do not convert. */
export function valueInUnit(value: Pick<BenchmarkValue, 'value' | 'unit'>, unit: Unit): number | null {
  return convertUnit(value.value, value.unit, unit);
}

/**
 * The member's value of an indicator for a comparison year: the value of that year if there is
 * one, otherwise the nearest year, preferring the earlier of two equally near (a known past value
 * over a later one). Undefined when the member has no value of the indicator.
 */
export function memberValueFor(
  member: Pick<BenchmarkMember, 'values'>,
  indicatorId: string,
  year: number,
): BenchmarkValue | undefined {
  let best: BenchmarkValue | undefined;
  for (const v of member.values) {
    if (v.indicatorId !== indicatorId) continue;
    if (!best) {
      best = v;
      continue;
    }
    const d = Math.abs(v.year - year);
    const bd = Math.abs(best.year - year);
    if (d < bd || (d === bd && v.year < best.year)) best = v;
  }
  return best;
}

/** The mean of the known values (nulls skipped), or null when none is known: a peer average. */
export function averageOf(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (known.length === 0) return null;
  return known.reduce((s, v) => s + v, 0) / known.length;
}
