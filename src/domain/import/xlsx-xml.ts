/**
 * What the XLSX reader does not tell: which sheets the workbook has and where their XML is, which
 * cells hold a formula, and which numbers are shown as percentages (Excel stores "21%" as 0.21 with a
 * percent format). Read from the workbook's XML text with small regular expressions: only element
 * names, attributes and their order matter here, and no entity in them can open an element.
 */
import { cellKey } from './types';

export interface WorkbookSheet {
  readonly name: string;
  /** Path of the sheet's XML inside the zip ("xl/worksheets/sheet1.xml"). */
  readonly path: string;
}

const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const lower = e.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as const)[lower as 'amp'] ?? e;
  });
}

/** Attributes by local name (a prefix such as "r:" dropped), in a Map so no name is special. */
function attributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(ATTR)) {
    const name = m[1] ?? '';
    const local = name.includes(':') && !name.startsWith('xmlns') ? `:${name.split(':').pop() ?? ''}` : name;
    out.set(local, unescapeXml(m[2] ?? m[3] ?? ''));
  }
  return out;
}

function tags(xml: string, name: string): Map<string, string>[] {
  const re = new RegExp(`<(?:[\\w.-]+:)?${name}\\b([^>]*?)\\/?>`, 'g');
  return [...xml.matchAll(re)].map((m) => attributes(m[1] ?? ''));
}

/** The sheets of a workbook in their order, with the path of each one's XML. */
export function workbookSheets(workbookXml: string, relsXml: string): WorkbookSheet[] {
  const targets = new Map<string, string>();
  for (const rel of tags(relsXml, 'Relationship')) {
    const id = rel.get('Id');
    const target = rel.get('Target');
    if (id !== undefined && target !== undefined) targets.set(id, target);
  }
  const out: WorkbookSheet[] = [];
  for (const sheet of tags(workbookXml, 'sheet')) {
    const name = sheet.get('name');
    const target = targets.get(sheet.get(':id') ?? '');
    if (name === undefined || target === undefined) continue;
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    out.push({ name, path });
  }
  return out;
}

/** Built-in number formats 9 ("0%") and 10 ("0.00%"). */
const PERCENT_BUILT_IN = new Set(['9', '10']);

/** A format code shows a percentage when it has a "%" outside quoted text and escapes. */
function isPercentCode(code: string): boolean {
  return code.replace(/"[^"]*"|\\./g, '').includes('%');
}

/** Indexes of the cell styles (`s` of a cell) whose number format is a percentage. */
export function percentStyles(stylesXml: string): Set<number> {
  const percentFormats = new Set(PERCENT_BUILT_IN);
  for (const fmt of tags(stylesXml, 'numFmt')) {
    const id = fmt.get('numFmtId');
    if (id !== undefined && isPercentCode(fmt.get('formatCode') ?? '')) percentFormats.add(id);
  }
  const out = new Set<number>();
  const block = /<(?:[\w.-]+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cellXfs>/.exec(stylesXml)?.[1] ?? '';
  tags(block, 'xf').forEach((xf, index) => {
    if (percentFormats.has(xf.get('numFmtId') ?? '0')) out.add(index);
  });
  return out;
}

const FORMULA = /<(?:[\w.-]+:)?f[\s>/]/g;
const STYLE = /\ss="(\d+)"/g;
const ADDRESS = /\sr="([A-Z]{1,3})(\d+)"/;
const TYPE = /\st="(\w+)"/;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The opening tag of the cell element that contains (or is) position `at`, or null when it is not a cell. */
function cellTagAround(xml: string, at: number): string | null {
  if (at < 0) return null;
  const start = xml.lastIndexOf('<', at);
  const end = xml.indexOf('>', start);
  if (start < 0 || end < 0) return null;
  const tag = xml.slice(start, end + 1);
  return /^<(?:[\w.-]+:)?c\s/.test(tag) ? tag : null;
}

function keyOf(tag: string): string | null {
  const m = ADDRESS.exec(tag);
  return m ? cellKey(Number(m[2]), columnNumber(m[1] ?? '')) : null;
}

/**
 * The {@link cellKey}s of a sheet's formula cells and of its numbers shown as percentages. Linear
 * and allocation-light (a 10,000-row sheet has ~100,000 cells): formulas are found by their `<f>`
 * element and traced back to their cell; percentages by a style attribute in the percent set.
 */
export function scanSheetXml(
  xml: string,
  percent: ReadonlySet<number>,
): { formulas: Set<string>; percents: Set<string> } {
  const formulas = new Set<string>();
  const percents = new Set<string>();
  const from = Math.max(0, xml.indexOf('sheetData'));
  const data = xml.slice(from, xml.lastIndexOf('sheetData') + 1 || undefined);
  for (const m of data.matchAll(FORMULA)) {
    // A cell's children come in the order f, v, is: its formula directly follows its opening tag.
    const key = keyOf(cellTagAround(data, data.lastIndexOf('<', m.index - 1)) ?? '');
    if (key) formulas.add(key);
  }
  if (percent.size > 0) {
    for (const m of data.matchAll(STYLE)) {
      if (!percent.has(Number(m[1]))) continue;
      const tag = cellTagAround(data, m.index);
      if (!tag) continue;
      const type = TYPE.exec(tag)?.[1] ?? 'n';
      const key = type === 'n' ? keyOf(tag) : null;
      if (key) percents.add(key);
    }
  }
  return { formulas, percents };
}
