import { expect, test } from 'vitest';
import { parseStage } from './stage';

test('填报 and 审核 in their spellings; empty is null; anything else has a reason', () => {
  for (const text of ['填报', '填报值', '上报', 'Reported', ' 填 报 ']) expect(parseStage(text)).toBe('reported');
  for (const text of ['审核', '审核值', '审定', 'AUDITED']) expect(parseStage(text)).toBe('audited');
  expect(parseStage('')).toBeNull();
  expect(parseStage('复核')).toEqual({
    reason: { zh: '“复核”应为“填报”或“审核”', en: '"复核" should be 填报 (reported) or 审核 (audited)' },
  });
});
