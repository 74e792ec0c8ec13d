/**
 * What a header label means: the column synonyms officials and the template use, in Chinese and
 * English, looked up in a Map (never as object keys, so a header "__proto__" or "constructor" is
 * just an unknown label). A label may carry a unit ("数值（万元）") and a period ("1-6月累计").
 */
import { compactKey } from './text';
import { splitUnitSuffix } from './unit';

export type Role = 'id' | 'name' | 'period' | 'value' | 'unit' | 'stage' | 'asOf' | 'source' | 'note';

const SYNONYMS: ReadonlyMap<string, Role> = new Map(
  (
    [
      ['id', ['指标编号', '编号', '指标代码', '代码', 'id', '指标id', 'indicatorid', 'code']],
      ['name', ['指标', '指标名称', '指标名', '项目', '指标项目', '名称', 'name', 'indicator', 'indicatorname']],
      ['period', ['期间', '时期', '月份', '统计期', '统计期间', '报告期', 'period']],
      [
        'value',
        ['数值', '本期值', '本期', '本期数', '完成值', '完成', '完成数', '累计', '累计完成', '累计数', '累计值'],
      ],
      ['value', ['本年累计', '实绩', '实际完成', 'value']],
      ['unit', ['单位', '计量单位', 'unit']],
      ['stage', ['填报/审核', '填报审核', '填报', '审核', '类型', '口径阶段', '阶段', 'stage']],
      ['asOf', ['截止日期', '数据截止', '数据截止日期', '截至日期', '截止', 'as-of', 'asof']],
      ['source', ['来源', '数据来源', '资料来源', 'source']],
      ['note', ['备注', '说明', '注', 'note', 'notes']],
    ] as const
  ).flatMap(([role, words]) => words.map((w) => [w, role] as const)),
);

/** A label about last year or growth is never the value column, even under "数值" ("去年同期", "同比增长"). */
const NOT_THIS_PERIOD = /同期|上年|去年|增幅|增长|增速|同比|环比|比上年/;

/** A value header that is a year-to-date range or a period: "1-6月累计", "2020年1-6月", "上半年完成". */
const PERIOD_VALUE =
  /^(?:\d{4}年)?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})月?[-—–~至到](?:\d{1,2}|[一二三四五六七八九十]{1,2})月|上半年|前三季度)(?:累计|完成|实绩|累计完成|完成值|累计值|累计数)?$/;

export interface LabelMeaning {
  readonly role: Role;
  /** A unit the label names: "数值（万元）" → "万元". */
  readonly unit?: string;
  /** True when the label names a period ("1-6月累计"), read by {@link labelPeriod}. */
  readonly hasPeriod: boolean;
}

/** The role a header label names, or null for any other text (including hostile keys). */
export function meaningOf(label: string): LabelMeaning | null {
  const { label: bare, unit } = splitUnitSuffix(label);
  const key = compactKey(bare).replace(/[*＊]+$/, '');
  if (key === '' || NOT_THIS_PERIOD.test(key)) return null;
  const role = SYNONYMS.get(key);
  if (role !== undefined) return unit === undefined ? { role, hasPeriod: false } : { role, unit, hasPeriod: false };
  if (PERIOD_VALUE.test(key))
    return unit === undefined ? { role: 'value', hasPeriod: true } : { role: 'value', unit, hasPeriod: true };
  return null;
}

/** True when a label speaks of last year or growth, so the column under it is not this period's value. */
export function isOtherPeriodLabel(label: string): boolean {
  return NOT_THIS_PERIOD.test(compactKey(label));
}
