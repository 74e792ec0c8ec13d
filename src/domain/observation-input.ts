/**
 * Validation of a new observation against its indicator: the rules the form and the API share,
 * with messages in both languages, attached to the field they concern.
 */
import type { Bilingual, Indicator } from './indicator';
import { stageSchema } from './observation';
import { compareIso, isoDateSchema, parseDate, parsePeriod, periodKeySchema } from './period';
import { z } from './zod';

export const observationInputSchema = z.object({
  period: periodKeySchema,
  value: z.number().check(z.refine(Number.isFinite, { message: 'value must be a finite number' })),
  stage: stageSchema,
  asOf: isoDateSchema,
  source: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  note: z.optional(z.string().check(z.maxLength(1000))),
});
export type ObservationInput = z.infer<typeof observationInputSchema>;

export interface FieldError {
  readonly field: string;
  readonly message: Bilingual;
}

/**
 * Checks an input that already has the right shape against what the indicator allows:
 * counts are whole and not negative, shares lie in 0–100, ranks are whole and at least 1,
 * milestones count done nodes, the period belongs to a target year, and the as-of date is not
 * before the period starts. Returns an empty list when the input is acceptable.
 */
export function checkObservationInput(indicator: Indicator, input: ObservationInput): FieldError[] {
  const errors: FieldError[] = [];
  const v = input.value;
  const add = (field: string, zh: string, en: string) => errors.push({ field, message: { zh, en } });
  switch (indicator.kind) {
    case 'count':
      if (!Number.isInteger(v) || v < 0)
        add('value', '数量须为不小于 0 的整数', 'A count must be a whole number, 0 or more');
      break;
    case 'ratio':
      if (v < 0 || v > 100) add('value', '比重须在 0 到 100 之间', 'A share must lie between 0 and 100');
      break;
    case 'rank':
      if (!Number.isInteger(v) || v < 1)
        add('value', '排名须为不小于 1 的整数', 'A rank must be a whole number, 1 or more');
      break;
    case 'milestone': {
      const n = indicator.nodes?.length ?? 0;
      if (!Number.isInteger(v) || v < 0 || v > n) {
        add('value', `已完成节点数须为 0 到 ${n} 的整数`, `Completed milestones must be a whole number from 0 to ${n}`);
      }
      break;
    }
    case 'amount':
      if (v < 0 && indicator.direction !== 'lower') add('value', '金额不能为负数', 'An amount cannot be negative');
      break;
  }
  const p = parsePeriod(input.period);
  if (p && !indicator.targets.some((t) => t.year === p.year) && indicator.baseline?.year !== p.year) {
    add('period', `该指标没有 ${p.year} 年的目标`, `This indicator has no target for ${p.year}`);
  }
  if (p && indicator.cumulative === false && p.granularity === 'quarter') {
    // Point-in-time values are kept monthly or yearly so that each has one cut-off.
    add('period', '时点指标请按月或按年填报', 'Point-in-time indicators are entered by month or year');
  }
  const asOf = parseDate(input.asOf);
  if (p && asOf) {
    const start = `${p.year}-${String(p.granularity === 'month' ? p.index : p.granularity === 'quarter' ? p.index * 3 - 2 : 1).padStart(2, '0')}-01`;
    if (compareIso(input.asOf, start) < 0) {
      add('asOf', '截止日期不能早于所报期间的开始', 'The as-of date cannot be before the period starts');
    }
  }
  return errors;
}
