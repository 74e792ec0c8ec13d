/**
 * Units in a unit column, after a number ("700万元"), in a header ("数值（万元）") or a name cell
 * ("外贸进出口（亿元）"), and the conversion of a value into the indicator's unit. Money converts
 * between 元, 万元 and 亿元 (via `convertUnit` for 万元 ↔ 亿元); anything else must already be the
 * indicator's unit, or the row is refused with the reason ("单位“公顷”无法换算为“亿元”").
 */
import { convertUnit } from '../benchmark';
import { UNITS, type Bilingual, type Unit } from '../indicator';
import { normaliseText } from './text';
import { bi } from './types';

/** Spellings of the app's units beyond the units themselves. */
const SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['亿', '亿元'],
  ['万', '万元'],
  ['百分比', '%'],
  ['百分数', '%'],
  ['人', '名'],
  ['ha', '公顷'],
  ['km', '公里'],
]);
const APP_UNITS: ReadonlySet<string> = new Set<string>(UNITS);
const KNOWN: ReadonlySet<string> = new Set<string>([...UNITS, '元']);

function isAppUnit(unit: string): unit is Unit {
  return APP_UNITS.has(unit);
}

/**
 * The unit a text names: one of the app's units, "元" (converted through 万元), or the text itself
 * when it names something we do not know (so the message can quote it). Brackets are taken off.
 */
export function parseUnit(text: string): string | null {
  if (KNOWN.has(text)) return text;
  const t = normaliseText(text)
    .replace(/^[([【]\s*|\s*[)\]】]$/g, '')
    .replace(/^(?:计量)?单位[:：]\s*/, '')
    .trim();
  if (t === '') return null;
  const lower = t.toLowerCase();
  return SYNONYMS.get(lower) ?? t;
}

/**
 * Splits a trailing parenthesised unit off a label: "外贸进出口（亿元）" → label "外贸进出口", unit "亿元";
 * "数值(万元)" → "数值", "万元". Only a known unit is split off: "项目（一期）" stays whole.
 */
export function splitUnitSuffix(text: string): { readonly label: string; readonly unit?: string } {
  const t = normaliseText(text);
  const m = /^(.*?)\s*[([【]\s*(?:计量)?(?:单位[:：]\s*)?([^()[\]【】]{1,6})\s*[)\]】]$/.exec(t);
  if (m && m[1] !== undefined && m[2] !== undefined && m[1] !== '') {
    const unit = parseUnit(m[2]);
    if (unit !== null && (KNOWN.has(unit) || SYNONYMS.has(m[2].toLowerCase()))) return { label: m[1], unit };
  }
  return { label: t };
}

/**
 * A value in unit `from` expressed in the indicator's unit, or the reason it cannot be. 元 goes
 * through 万元 (1万元 = 10,000元), rounded to 15 significant digits like `convertUnit`.
 */
export function toIndicatorUnit(value: number, from: string, to: Unit): number | { readonly reason: Bilingual } {
  if (from === to) return value;
  if (from === '元') {
    const wan = Number((value / 10_000).toPrecision(15));
    const out = to === '万元' ? wan : convertUnit(wan, '万元', to);
    if (out !== null) return out;
  } else if (isAppUnit(from)) {
    const out = convertUnit(value, from, to);
    if (out !== null) return out;
  }
  return { reason: bi(`单位“${from}”无法换算为“${to}”`, `the unit "${from}" does not convert to "${to}"`) };
}
