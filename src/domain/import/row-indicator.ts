/**
 * Which indicator a row's id and name cells designate, said without the line (so the answer for a
 * pair of cells can be kept and reused: a 10,000-row sheet repeats its indicators).
 */
import type { Bilingual } from '../indicator';
import type { Matcher } from './match';
import { bi, type ImportIndicator } from './types';

export type IndicatorMatch =
  | { readonly indicator: ImportIndicator }
  /** Not an error: the sheet lists more than we track. */
  | { readonly skip: Bilingual }
  /** The cells contradict each other or fit several indicators: `column` is where to look. */
  | { readonly reject: Bilingual; readonly column: 'name' };

/** By id first (checked against the name when both are written), then by name. */
export function resolveIndicator(id: string, name: string, matcher: Matcher): IndicatorMatch {
  if (id === '' && name === '') return { skip: bi('没有指标编号或名称', 'No indicator id or name') };
  const byId = id === '' ? undefined : matcher.byId(id);
  const byName = name === '' ? ({ kind: 'none' } as const) : matcher.byName(name);
  if (byId) {
    if (byName.kind === 'one' && byName.indicator !== byId) {
      return {
        column: 'name',
        reject: bi(
          `编号“${id}”是“${byId.name.zh}”，名称却是“${name}”`,
          `the id "${id}" is "${byId.name.en}" but the name is "${name}"`,
        ),
      };
    }
    return { indicator: byId };
  }
  if (byName.kind === 'one') return { indicator: byName.indicator };
  if (byName.kind === 'many') {
    return {
      column: 'name',
      reject: bi(
        `“${name}”同时匹配多个指标（${byName.indicators.map((i) => i.name.zh).join('、')}），请填写指标编号`,
        `"${name}" matches several indicators (${byName.indicators.map((i) => i.id).join(', ')}): give the indicator id`,
      ),
    };
  }
  const shown = name || id;
  return { skip: bi(`未匹配到指标：“${shown}”`, `No indicator we track matches "${shown}"`) };
}
