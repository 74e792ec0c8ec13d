/**
 * Reads the bytes of an uploaded file into a grid of cells (runs in the import worker, decision
 * 0010): CSV through papaparse after decoding (UTF-8 or GBK, decode-text.ts), XLSX through
 * read-excel-file after the zip guard (xlsx-guard.ts). Everything a cell's value does not show is
 * found here from the XML: which cells are formulas (refused by the parser) and which numbers
 * Excel shows as percentages (0.21 shown "21%" becomes the text "21%", as the official sees it).
 *
 * read-excel-file gets an archive re-packed without compression: its own unzip would hand large
 * entries to fflate's Blob-URL workers, which the app's CSP (`worker-src 'self'`) forbids, and the
 * guard has inflated everything anyway.
 */
import { zipSync } from 'fflate';
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/universal';
import { MAX_IMPORT_FILE_BYTES } from '../../domain/import-contract';
import { textFormulaCells } from '../../domain/import/formula';
import { cellKey, type Cell } from '../../domain/import/types';
import { percentStyles, scanSheetXml, workbookSheets } from '../../domain/import/xlsx-xml';
import type { Bilingual } from '../../domain/indicator';
import { decodeText, type TextEncodingName } from './decode-text';
import { unzipGuarded } from './xlsx-guard';

export interface TableRead {
  /** The sheets to choose from (a CSV has one, named after the file). */
  readonly sheets: string[];
  readonly sheet: string;
  readonly table: Cell[][];
  /** {@link cellKey}s of the cells that hold a formula. */
  readonly formulaCells: Set<string>;
  /** The text encoding of a CSV. */
  readonly encoding?: TextEncodingName;
}

export interface TableFailed {
  readonly error: Bilingual;
  /** Known when the workbook opened but the chosen sheet did not. */
  readonly sheets?: string[];
}

const SAVE_AS = { zh: '请另存为 .xlsx 或 .csv 后再导入', en: 'save it as .xlsx or .csv and import it again' };
const fail = (zh: string, en: string): TableFailed => ({ error: { zh, en } });

const XLSX_EXTENSIONS = new Set(['xlsx', 'xlsm', 'xltx', 'xltm']);
const TEXT_EXTENSIONS = new Set(['csv', 'txt', 'tsv']);

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Reads a file's bytes; `sheet` chooses a sheet of a workbook (the first by default). */
export async function readTable(bytes: Uint8Array, fileName: string, sheet?: string): Promise<TableRead | TableFailed> {
  if (bytes.length === 0) return fail('文件是空的', 'The file is empty');
  if (bytes.length > MAX_IMPORT_FILE_BYTES) {
    return fail('文件超过 10 MB，请拆分后导入', 'The file is over 10 MB: split it and import the parts');
  }
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return fail(
      `这是旧版 Excel（.xls）、WPS 或加密的文件，${SAVE_AS.zh}`,
      `This is a legacy .xls, WPS or encrypted file: ${SAVE_AS.en}`,
    );
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return readWorkbook(bytes, sheet);
  }
  if (XLSX_EXTENSIONS.has(ext)) {
    return fail(
      `这个文件不是有效的 .xlsx（不是 zip 格式），${SAVE_AS.zh}`,
      `This is not a valid .xlsx (not a zip file): ${SAVE_AS.en}`,
    );
  }
  if (TEXT_EXTENSIONS.has(ext)) return readCsv(bytes, fileName);
  return fail(`不支持这种文件，${SAVE_AS.zh}`, `This kind of file is not supported: ${SAVE_AS.en}`);
}

function readCsv(bytes: Uint8Array, fileName: string): TableRead | TableFailed {
  const decoded = decodeText(bytes);
  if ('error' in decoded) return { error: decoded.error };
  // The delimiter is guessed on the first lines without blank ones (papaparse's guess counts a
  // trailing blank line against tab-separated text); the whole file is then read keeping blank
  // lines, so that line numbers stay those of the spreadsheet.
  const { delimiter } = Papa.parse<string[]>(decoded.text.slice(0, 64 * 1024), {
    skipEmptyLines: true,
    preview: 50,
    delimitersToGuess: [',', '\t', ';', '|'],
  }).meta;
  const parsed = Papa.parse<string[]>(decoded.text, { skipEmptyLines: false, delimiter });
  const quotes = parsed.errors.find((e) => e.type === 'Quotes');
  if (quotes) {
    const line = (quotes.row ?? 0) + 1;
    return fail(
      `第 ${line} 行的引号不成对，文件可能已损坏`,
      `The quotes on line ${line} do not pair up: the file may be damaged`,
    );
  }
  const table: Cell[][] = parsed.data;
  const last = table.at(-1);
  if (last && last.length === 1 && last[0] === '') table.pop();
  const name = fileName.replace(/\.[^.]*$/, '') || fileName;
  return { sheets: [name], sheet: name, table, formulaCells: textFormulaCells(table), encoding: decoded.encoding };
}

const utf8 = new TextDecoder();
const NOT_WORKBOOK = fail(`压缩包里没有 Excel 工作簿，${SAVE_AS.zh}`, `The zip holds no Excel workbook: ${SAVE_AS.en}`);

async function readWorkbook(bytes: Uint8Array, wantedSheet?: string): Promise<TableRead | TableFailed> {
  const unzipped = await unzipGuarded(bytes, (name) => name.endsWith('.xml') || name.endsWith('.rels'));
  if ('error' in unzipped) return { error: unzipped.error };
  const { entries } = unzipped;
  const text = (path: string) => {
    const data = entries.get(path);
    return data ? utf8.decode(data) : null;
  };
  const workbook = text('xl/workbook.xml');
  const rels = text('xl/_rels/workbook.xml.rels');
  if (workbook === null || rels === null) return NOT_WORKBOOK;
  const list = workbookSheets(workbook, rels);
  const sheets = list.map((s) => s.name);
  if (list.length === 0) return fail('工作簿里没有工作表', 'The workbook has no sheets');
  const index = wantedSheet === undefined ? 0 : sheets.indexOf(wantedSheet);
  const chosen = list[index];
  if (!chosen) {
    return { error: { zh: `找不到工作表“${wantedSheet}”`, en: `No sheet is named "${wantedSheet}"` }, sheets };
  }
  const sheetXml = text(chosen.path);
  if (sheetXml === null) return { ...NOT_WORKBOOK, sheets };
  const scan = scanSheetXml(sheetXml, percentStyles(text('xl/styles.xml') ?? ''));
  const packed = zipSync(Object.fromEntries(entries), { level: 0 });
  let data: unknown[][];
  try {
    data = await readSheet(packed.buffer.slice(packed.byteOffset, packed.byteOffset + packed.byteLength), index + 1);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      error: { zh: `无法读取这个 .xlsx 文件（${detail}）`, en: `The .xlsx file could not be read (${detail})` },
      sheets,
    };
  }
  const table = data.map((row, r) => row.map((value, c) => toCell(value, cellKey(r + 1, c + 1), scan.percents)));
  return { sheets, sheet: chosen.name, table, formulaCells: scan.formulas };
}

/** A reader's value as a cell: dates as ISO dates, percent-formatted numbers as the "21%" Excel shows. */
function toCell(value: unknown, key: string, percents: ReadonlySet<string>): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return percents.has(key) ? `${Number((value * 100).toPrecision(15))}%` : value;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}
