/** 填报值 / 审核值 as sheets write them: "填报", "填报值", "上报", "reported"; "审核", "审核值", "审定", "audited". */
import type { Bilingual } from '../indicator';
import type { Stage } from '../observation';
import { compactKey } from './text';
import { bi } from './types';

const STAGES: ReadonlyMap<string, Stage> = new Map([
  ['填报', 'reported'],
  ['填报值', 'reported'],
  ['上报', 'reported'],
  ['报送', 'reported'],
  ['reported', 'reported'],
  ['report', 'reported'],
  ['审核', 'audited'],
  ['审核值', 'audited'],
  ['审定', 'audited'],
  ['审定值', 'audited'],
  ['核定', 'audited'],
  ['audited', 'audited'],
  ['audit', 'audited'],
]);

/** The stage a cell names, null for an empty cell, or the reason it names none. */
export function parseStage(text: string): Stage | null | { readonly reason: Bilingual } {
  const direct = STAGES.get(text);
  if (direct) return direct;
  const key = compactKey(text);
  if (key === '') return null;
  const stage = STAGES.get(key);
  if (stage) return stage;
  const shown = text.trim().slice(0, 40);
  return {
    reason: bi(`“${shown}”应为“填报”或“审核”`, `"${shown}" should be 填报 (reported) or 审核 (audited)`),
  };
}
