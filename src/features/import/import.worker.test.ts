import { expect, test } from 'vitest';
import type { ImportIndicator } from '../../domain/import/parse-sheet';
import { answerImportRequest } from './import.worker';
import type { ImportWorkerRequest } from './worker-protocol';

const catalogue: ImportIndicator[] = [
  {
    id: 'foreign-trade',
    name: { zh: '外贸进出口总额', en: 'Foreign trade' },
    unit: '亿元',
    kind: 'amount',
    cumulative: true,
  },
];
const request = (text: string, fileName = 'a.csv'): ImportWorkerRequest => ({
  id: 7,
  bytes: new TextEncoder().encode(text).buffer,
  fileName,
  catalogue,
  options: { defaultStage: 'audited', defaultSource: '镇统计站' },
});

test('reads and parses a file into an answer with the same id', async () => {
  const answer = await answerImportRequest(request('指标名称,期间,数值\n外贸进出口总额,2020-06,5.62\n'));
  expect(answer).toMatchObject({ id: 7, ok: true, fileName: 'a.csv', sheets: ['a'], sheet: 'a', encoding: 'UTF-8' });
  if (answer.ok)
    expect(answer.parsed.rows).toEqual([
      {
        line: 2,
        indicatorId: 'foreign-trade',
        period: '2020-06',
        value: 5.62,
        stage: 'audited',
        asOf: '2020-06-30',
        source: '镇统计站',
      },
    ]);
});

test('formula cells found by the reader reach the parser', async () => {
  const answer = await answerImportRequest(request('指标名称,期间,数值\n外贸进出口总额,2020-06,=5+1\n'));
  expect(answer.ok && answer.parsed.rejected.map((r) => r.message.zh)).toEqual([
    '第 2 行“数值”列是公式，请粘贴为数值后再导入',
  ]);
});

test('a reader or parser failure is an answer, never a thrown error', async () => {
  expect(await answerImportRequest(request(''))).toMatchObject({ id: 7, ok: false, error: { zh: '文件是空的' } });
  expect(await answerImportRequest(request('a,b\n1,2\n'))).toMatchObject({
    ok: false,
    sheets: ['a'],
    error: { zh: expect.stringContaining('找不到表头') },
  });
  const broken = {
    ...request('指标名称,期间,数值\n外贸进出口总额,2020-06,1\n'),
    catalogue: null as unknown as ImportIndicator[],
  };
  expect(await answerImportRequest(broken)).toMatchObject({
    ok: false,
    error: { zh: expect.stringContaining('读取文件时出错') },
  });
});
