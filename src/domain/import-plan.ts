/**
 * What an import would do (decision 0010), row by row: add a value nobody stored yet, change the
 * effective stored value of the same indicator, period and stage (old → new), leave an equal value
 * alone, or reject the row with the field and a bilingual reason. Pure: the API previews with it and
 * commits only a plan without rejections.
 */
import type { Bilingual, Indicator } from './indicator';
import type { ImportPreview, ImportPreviewResponse, ImportRejection, ImportRow } from './import-contract';
import type { Observation, Stage } from './observation';
import { checkObservationInput } from './observation-input';
import { compareIso } from './period';

/** Where a derived indicator's value is changed instead of entering it (decision 0008). */
const DERIVED_REFUSALS: Record<'ledger' | 'milestones', Bilingual> = {
  ledger: {
    zh: '该指标由项目台账自动计算，请在项目台账中更新项目阶段',
    en: "This indicator is computed from the project ledger: update the project's stage in the ledger instead",
  },
  milestones: {
    zh: '该指标由任务节点自动计算，请在行动页标记节点完成',
    en: 'This indicator is computed from its milestones: mark the milestone done on the Actions page instead',
  },
};

/** Why a value cannot be entered for a derived indicator, and where to change it instead. */
export function derivedValueRefusal(indicator: Pick<Indicator, 'derived'>): Bilingual {
  return DERIVED_REFUSALS[indicator.derived === 'milestones-done' ? 'milestones' : 'ledger'];
}

/** A rejection with the row's index in the request, for the commit's `rows.<index>.<field>` issues. */
export type PlannedRejection = ImportRejection & { readonly index: number };

export type ImportChange = ImportPreview['change'][number];

export interface ImportPlan {
  readonly add: ImportRow[];
  readonly change: ImportChange[];
  readonly unchanged: ImportRow[];
  readonly rejected: PlannedRejection[];
}

/** The key of an indicator's value for a period and stage. */
export function observationKey(indicatorId: string, period: string, stage: Stage): string {
  // A separator no id or period contains.
  return `${indicatorId}\u0000${period}\u0000${stage}`;
}

/**
 * The effective stored observation of each indicator, period and stage: the latest recorded, the
 * later in storage order on a tie (as `effectiveForPeriod` picks). One pass, so a large store and a
 * large file stay linear.
 */
export function latestByKey(observations: readonly Observation[]): Map<string, Observation> {
  const latest = new Map<string, Observation>();
  for (const o of observations) {
    const key = observationKey(o.indicatorId, o.period, o.stage);
    const current = latest.get(key);
    if (!current || compareIso(o.recordedAt, current.recordedAt) >= 0) latest.set(key, o);
  }
  return latest;
}

function unknownIndicator(id: string): Bilingual {
  return { zh: `没有指标“${id}”`, en: `There is no indicator "${id}"` };
}

function duplicateOf(line: number): Bilingual {
  return {
    zh: `与第 ${line} 行的指标、期间和阶段相同，同一个值只能导入一次`,
    en: `Line ${line} gives the same indicator, period and stage; a value can be imported only once`,
  };
}

/**
 * Classifies every row against the stored observations. A row is rejected for an unknown indicator,
 * a derived one (its values are computed), anything {@link checkObservationInput} refuses, or when
 * an earlier row of the batch has the same indicator, period and stage. Every other row is an add,
 * a change (with the value it replaces) or unchanged (the same value is already effective).
 */
export function planImport(
  rows: readonly ImportRow[],
  indicators: ReadonlyMap<string, Indicator>,
  stored: readonly Observation[],
): ImportPlan {
  const latest = latestByKey(stored);
  const firstLine = new Map<string, number>();
  const plan: ImportPlan = { add: [], change: [], unchanged: [], rejected: [] };
  for (const [index, row] of rows.entries()) {
    const reject = (field: string, message: Bilingual) => {
      plan.rejected.push({ index, line: row.line, field, message });
    };
    const key = observationKey(row.indicatorId, row.period, row.stage);
    const earlier = firstLine.get(key);
    if (earlier === undefined) firstLine.set(key, row.line);
    const indicator = indicators.get(row.indicatorId);
    if (!indicator) {
      reject('indicatorId', unknownIndicator(row.indicatorId));
      continue;
    }
    if (indicator.derived !== undefined) {
      reject('indicatorId', derivedValueRefusal(indicator));
      continue;
    }
    const { line: _line, indicatorId: _id, ...input } = row;
    const problems = checkObservationInput(indicator, input);
    for (const p of problems) reject(p.field, p.message);
    if (earlier !== undefined) reject('period', duplicateOf(earlier));
    if (problems.length > 0 || earlier !== undefined) continue;
    const before = latest.get(key);
    if (!before) plan.add.push(row);
    else if (before.value === row.value) plan.unchanged.push(row);
    else {
      plan.change.push({
        row,
        before: {
          value: before.value,
          recordedAt: before.recordedAt,
          source: before.source,
          ...(before.recordedBy === undefined ? {} : { recordedBy: before.recordedBy }),
        },
      });
    }
  }
  return plan;
}

/** The preview's answer: rows as their indexes in `rows` (the request the plan was made of). */
export function previewOf(
  plan: ImportPlan,
  rows: readonly ImportRow[],
  warnings: ImportPreviewResponse['warnings'] = [],
): ImportPreviewResponse {
  const indexOf = new Map(rows.map((row, i) => [row, i]));
  const index = (row: ImportRow) => indexOf.get(row) ?? -1;
  return {
    add: plan.add.map(index),
    change: plan.change.map(({ row, before }) => ({ index: index(row), before })),
    unchanged: plan.unchanged.map(index),
    rejected: plan.rejected.map(({ line, field, message }) => ({ line, field, message })),
    warnings,
  };
}
