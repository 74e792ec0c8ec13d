/**
 * 1–N月累计 does not fall: a month's cumulative value below an earlier month's of the same year, or
 * above a later month's, is usually a typo or a sheet of the wrong month. Worth a second look before a
 * commit, but not a refusal (a correction can lower a total), so the preview warns and lets it through.
 */
import type { ImportRow } from './import-contract';
import type { Bilingual, Indicator } from './indicator';
import type { Observation } from './observation';
import { parsePeriod } from './period';

export interface CumulativeWarning {
  readonly line: number;
  readonly message: Bilingual;
}

/**
 * Warnings for `rows` (the rows an import would keep) against each other and against `stored`
 * (the effective stored value by indicator, period and stage, as `latestByKey` gives): per indicator,
 * stage and year, the months' values with the file's rows over the stored ones.
 */
export function cumulativeWarnings(
  rows: readonly ImportRow[],
  indicators: ReadonlyMap<string, Indicator>,
  stored: ReadonlyMap<string, Observation>,
): CumulativeWarning[] {
  const series = new Map<string, Map<number, number>>();
  const monthOf = (period: string) => {
    const p = parsePeriod(period);
    return p?.granularity === 'month' ? p : null;
  };
  const checked = (indicator: Indicator | undefined) =>
    indicator !== undefined && indicator.cumulative && (indicator.kind === 'amount' || indicator.kind === 'count');
  const seriesKey = (indicatorId: string, stage: string, year: number) => `${indicatorId}\u0000${stage}\u0000${year}`;
  const wanted = new Set<string>();
  for (const row of rows) {
    const p = monthOf(row.period);
    if (p && checked(indicators.get(row.indicatorId))) wanted.add(seriesKey(row.indicatorId, row.stage, p.year));
  }
  for (const o of stored.values()) {
    const p = monthOf(o.period);
    const key = p && seriesKey(o.indicatorId, o.stage, p.year);
    if (!p || !key || !wanted.has(key)) continue;
    if (!series.has(key)) series.set(key, new Map());
    series.get(key)?.set(p.index, o.value);
  }
  for (const row of rows) {
    const p = monthOf(row.period);
    const key = p && seriesKey(row.indicatorId, row.stage, p.year);
    if (!p || !key || !wanted.has(key)) continue;
    if (!series.has(key)) series.set(key, new Map());
    series.get(key)?.set(p.index, row.value);
  }
  const warnings: CumulativeWarning[] = [];
  for (const row of rows) {
    const p = monthOf(row.period);
    const indicator = indicators.get(row.indicatorId);
    const months = p && series.get(seriesKey(row.indicatorId, row.stage, p.year));
    if (!p || !indicator || !months) continue;
    const unit = indicator.unit;
    for (const [month, value] of months) {
      if (month < p.index && value > row.value) {
        warnings.push({
          line: row.line,
          message: {
            zh: `1–${p.index}月累计 ${row.value}${unit} 低于 1–${month}月的 ${value}${unit}：累计值一般不会下降，请核对`,
            en: `Jan–month ${p.index} cumulative ${row.value} ${unit} is below Jan–month ${month}'s ${value} ${unit}: a cumulative value seldom falls; check it`,
          },
        });
        break;
      }
      if (month > p.index && value < row.value) {
        warnings.push({
          line: row.line,
          message: {
            zh: `1–${p.index}月累计 ${row.value}${unit} 高于 1–${month}月的 ${value}${unit}：累计值一般不会下降，请核对`,
            en: `Jan–month ${p.index} cumulative ${row.value} ${unit} is above Jan–month ${month}'s ${value} ${unit}: a cumulative value seldom falls; check it`,
          },
        });
        break;
      }
    }
  }
  return warnings;
}
