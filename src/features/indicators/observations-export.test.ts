import { expect, test } from 'vitest';
import { tableGrid } from '../../domain/spreadsheet-cell';
import { parseSheet } from '../../domain/import/parse-sheet';
import { seedDataset } from '../../../server/seed';
import { observationsExport } from './observations-export';

test('an indicator’s exported observations import again as the same rows, its notes and source read as notes lines', () => {
  const { indicators, observations } = seedDataset();
  const indicator = indicators.find((i) => i.id === 'foreign-trade');
  if (!indicator) throw new Error('no foreign-trade in the seed');
  const own = observations.filter((o) => o.indicatorId === indicator.id);
  const notes = [
    {
      id: 'n1',
      indicatorId: indicator.id,
      period: '2020-05',
      kind: 'cause' as const,
      text: '=订单延后，"外贸"企业减产',
      by: '演示用户',
      at: '2020-06-03T01:00:00.000Z',
    },
  ];
  const model = observationsExport(indicator, own, notes);
  expect(model.provenance).toContain('说明：2020年5月 原因：=订单延后，"外贸"企业减产');
  const catalogue = [
    { id: indicator.id, name: indicator.name, unit: indicator.unit, kind: indicator.kind, cumulative: true },
  ];
  const parsed = parseSheet(tableGrid(model), catalogue, { defaultStage: 'reported', defaultSource: '导入' });
  if ('error' in parsed) throw new Error(parsed.error.zh);
  expect(parsed.rejected).toEqual([]);
  expect(parsed.rows.map((r) => [r.period, r.stage, r.value, r.asOf, r.source])).toEqual(
    model.rows.map((r) => [r[2], r[5] === '审核' ? 'audited' : 'reported', r[3], r[6], r[7]]),
  );
  // Only the lines under the table are skipped, as notes.
  expect(parsed.skipped.length).toBe(model.provenance.length);
});
