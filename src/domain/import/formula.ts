/**
 * Formulas in text files. A CSV has no formula cells, but Excel evaluates a cell typed "=…" (or
 * "+A1", "-A1", "@SUM(…)") when it opens one, so such text is what a formula looked like before it
 * was saved: refused, like a formula cell of an XLSX. Numbers with a sign ("-5.3", "+12") and the
 * empty marker "-" are not formulas.
 */
import { EMPTY_MARKERS } from './number';
import { normaliseText } from './text';
import { cellKey, type Cell } from './types';

/** True when a spreadsheet would take this text for a formula. */
/** First characters that can start a formula, in both widths (after leading white space). */
const TRIGGERS = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

export function isTextFormula(text: string): boolean {
  if (!TRIGGERS.test(text)) return false;
  const t = normaliseText(text);
  if (t === '' || EMPTY_MARKERS.has(t.toLowerCase())) return false;
  const first = t[0];
  if (first === '=') return true;
  if (first !== '+' && first !== '-' && first !== '@') return false;
  const rest = t.slice(1).trimStart();
  if (rest === '') return false;
  return first === '@' || !/^[\d.]/.test(rest);
}

/** The {@link cellKey}s of every text cell that is a formula. */
export function textFormulaCells(table: readonly (readonly Cell[])[]): Set<string> {
  const out = new Set<string>();
  table.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (typeof cell === 'string' && isTextFormula(cell)) out.add(cellKey(r + 1, c + 1));
    });
  });
  return out;
}
