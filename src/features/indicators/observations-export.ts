import { sourceText } from '../../components/provenance';
import { formatPeriod } from '../../domain/format';
import { observationsTable } from '../../domain/import/template';
import type { Indicator } from '../../domain/indicator';
import type { Observation } from '../../domain/observation';
import type { TableModel } from '../../domain/spreadsheet-cell';
import type { ValueNote } from '../../domain/value-note';

const NOTE_KIND_ZH: Record<ValueNote['kind'], string> = { cause: '原因', measure: '措施', correction: '数据更正' };

/**
 * The observations as the import template's columns (Chinese headers whatever the language, so the
 * file imports again unchanged), with the indicator's source, the notes on its values and 示例 in
 * lines under the table that the importer reads as notes.
 */
export function observationsExport(
  indicator: Indicator,
  observations: readonly Observation[],
  notes: readonly ValueNote[],
): TableModel {
  const model = observationsTable(
    [
      {
        id: indicator.id,
        name: indicator.name,
        unit: indicator.unit,
        kind: indicator.kind,
        cumulative: indicator.cumulative,
        derived: indicator.derived !== undefined,
      },
    ],
    observations,
  );
  return {
    ...model,
    title: `${indicator.name.zh} · 数据记录`,
    provenance: [
      ...model.provenance,
      `数据来源：${sourceText(indicator.source, 'zh-CN')}`,
      ...notes.map((n) => `说明：${formatPeriod(n.period, 'zh-CN')} ${NOTE_KIND_ZH[n.kind]}：${n.text}`),
      ...(observations.some((o) => o.sample) ? ['示例数据：部分数值为示例，不是统计数据'] : []),
    ],
  };
}
