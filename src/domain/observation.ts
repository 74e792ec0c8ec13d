/**
 * An observed value of an indicator for a period: reported (填报值) or audited (审核值), with its
 * as-of date, source and a `sample` flag for values no source gives.
 */
import { bilingualSchema } from './indicator';
import { compareIso, isoDateSchema, parsePeriod, periodEndDate, periodKeySchema } from './period';
import { z } from './zod';

export const STAGES = ['reported', 'audited'] as const;
export const stageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof stageSchema>;

export const observationSchema = z.object({
  id: z.string(),
  indicatorId: z.string(),
  /** "2020-06" (1–6月累计 for cumulative indicators), "2020Q2" or "2020". */
  period: periodKeySchema,
  value: z.number(),
  stage: stageSchema,
  asOf: isoDateSchema,
  source: z.string().check(z.minLength(1)),
  note: z.optional(z.string()),
  sample: z.boolean(),
  /** Ambiguity in the source, said in the data. */
  caveat: z.optional(bilingualSchema),
  /** When it was entered (ISO timestamp). */
  recordedAt: z.string(),
  /** Who entered it (the current user's name in the demo); absent for the seed. */
  recordedBy: z.optional(z.string()),
  /** Why it was entered or changed (free text, optional). */
  reason: z.optional(z.string()),
  /** The import it came with, if it came from a file. */
  importId: z.optional(z.string()),
  /** The history entry it restores, when it was written by a restore. */
  restoredFrom: z.optional(z.string()),
});
export type Observation = z.infer<typeof observationSchema>;

/** Ordering by period end, then audited after reported, then recording time. */
export function compareObservations(a: Observation, b: Observation): number {
  const pa = parsePeriod(a.period);
  const pb = parsePeriod(b.period);
  const ea = pa ? periodEndDate(pa) : a.period;
  const eb = pb ? periodEndDate(pb) : b.period;
  return (
    compareIso(ea, eb) ||
    (a.stage === b.stage ? 0 : a.stage === 'audited' ? 1 : -1) ||
    compareIso(a.recordedAt, b.recordedAt)
  );
}

/**
 * The value that counts for one period: the latest audited value if any (completion is judged on
 * 审核值), otherwise the latest reported one. Also returns the reported value so both can be shown.
 */
export function effectiveForPeriod(
  observations: readonly Observation[],
  period: string,
): { effective: Observation; reported?: Observation; audited?: Observation } | undefined {
  const own = observations.filter((o) => o.period === period).sort(compareObservations);
  if (own.length === 0) return undefined;
  const audited = own.filter((o) => o.stage === 'audited').at(-1);
  const reported = own.filter((o) => o.stage === 'reported').at(-1);
  const effective = audited ?? reported;
  if (!effective) return undefined;
  return { effective, reported, audited };
}

/**
 * The latest effective observation whose period ends on or before `date` within `year`:
 * what we know at that date for that year.
 */
export function latestEffectiveAt(
  observations: readonly Observation[],
  year: number,
  date: string,
): Observation | undefined {
  const periods = new Set<string>();
  for (const o of observations) {
    const p = parsePeriod(o.period);
    if (p && p.year === year && compareIso(periodEndDate(p), date) <= 0) periods.add(o.period);
  }
  const ordered = [...periods].sort((a, b) => {
    const pa = parsePeriod(a);
    const pb = parsePeriod(b);
    return compareIso(pa ? periodEndDate(pa) : a, pb ? periodEndDate(pb) : b);
  });
  const last = ordered.at(-1);
  return last === undefined ? undefined : effectiveForPeriod(observations, last)?.effective;
}
