/**
 * The downloadable template and the export of stored observations, in the same nine columns, so
 * that a file exported from the app imports again unchanged (issue 6, "round trip"). Both are
 * table models (spreadsheet-cell.ts): the export code writes them as XLSX or CSV, numbers as numbers.
 */
import type { Observation } from '../observation';
import { compareObservations } from '../observation';
import type { TableModel } from '../spreadsheet-cell';
import type { ImportIndicator } from './types';

/** The template's column headers, in order; the parser knows each of them. */
export const TEMPLATE_HEADERS = [
  '指标编号',
  '指标名称',
  '期间',
  '数值',
  '单位',
  '填报/审核',
  '截止日期',
  '来源',
  '备注',
] as const;

const COLUMNS: TableModel['columns'] = TEMPLATE_HEADERS.map((header) => ({
  header,
  kind: header === '数值' ? 'number' : 'text',
}));

/** How to fill the template, written under it; the parser skips these lines as notes. */
export const TEMPLATE_NOTES: readonly string[] = [
  '填报说明：每行填一个指标一个期间；期间写 2020-06（即 1–6 月累计）、2020年1-6月、2020Q2 或 2020',
  '填报说明：数值按“单位”列填写，万元与亿元自动换算；比重写 21 或 21%；数值留空的行不导入',
  '填报说明：“填报/审核”写“填报”或“审核”；截止日期留空时取期间的最后一天；来源留空时取导入时填写的来源',
  '填报说明：由项目台账或任务节点自动计算的指标不在模板中，不能导入',
];

/** One row per indicator that can be imported (derived ones cannot), values left for the user. */
export function templateTable(catalogue: readonly ImportIndicator[]): TableModel {
  return {
    title: '白蒲镇数据导入模板',
    columns: COLUMNS,
    rows: catalogue
      .filter((i) => !i.derived)
      .map((i) => [i.id, i.name.zh, null, null, i.unit, '填报', null, null, null]),
    provenance: TEMPLATE_NOTES,
  };
}

/**
 * Stored observations in the template's columns: the latest of each indicator, period and stage
 * (the one that counts, so importing the file again changes nothing), in catalogue order, then by
 * period. Derived indicators are left out: their values are computed and could not be imported.
 */
export function observationsTable(
  indicators: readonly ImportIndicator[],
  observations: readonly Observation[],
): TableModel {
  const order = new Map(indicators.filter((i) => !i.derived).map((i, n) => [i.id, { indicator: i, n }]));
  const latest = new Map<string, Observation>();
  for (const o of [...observations].sort(compareObservations)) {
    if (order.has(o.indicatorId)) latest.set(`${o.indicatorId}\u0000${o.period}\u0000${o.stage}`, o);
  }
  const kept = [...latest.values()].sort(
    (a, b) => (order.get(a.indicatorId)?.n ?? 0) - (order.get(b.indicatorId)?.n ?? 0) || compareObservations(a, b),
  );
  return {
    title: '白蒲镇指标数据',
    columns: COLUMNS,
    rows: kept.map((o) => {
      const indicator = order.get(o.indicatorId)?.indicator;
      return [
        o.indicatorId,
        indicator?.name.zh ?? null,
        o.period,
        o.value,
        indicator?.unit ?? null,
        o.stage === 'audited' ? '审核' : '填报',
        o.asOf,
        o.source,
        o.note ?? null,
      ];
    }),
    provenance: [`数据来源：白蒲镇发展目标看板导出，共 ${kept.length} 条`],
  };
}
