/**
 * The messages between the import page and the import worker. Types only: the page imports this
 * file without pulling the file readers into its JavaScript.
 */
import type { ImportIndicator, ParsedSheet, ParseOptions } from '../../domain/import/parse-sheet';
import type { Bilingual } from '../../domain/indicator';
import type { TextEncodingName } from './decode-text';

/** The page's parse options; formula cells are found by the worker itself. */
export type FileParseOptions = Omit<ParseOptions, 'formulaCells'>;

/** Page → worker: one file to read and parse. The bytes are transferred, not copied. */
export interface ImportWorkerRequest {
  readonly id: number;
  readonly bytes: ArrayBuffer;
  readonly fileName: string;
  /** A sheet of a workbook; the first when absent. */
  readonly sheet?: string;
  readonly catalogue: readonly ImportIndicator[];
  readonly options: FileParseOptions;
}

/** Worker → page: the file read and parsed. */
export interface FileParsed {
  readonly id: number;
  readonly ok: true;
  readonly fileName: string;
  readonly sheets: string[];
  readonly sheet: string;
  /** The text encoding of a CSV ("UTF-8", "GBK"…). */
  readonly encoding?: TextEncodingName;
  readonly parsed: ParsedSheet;
}

/** Worker → page: nothing can be imported from the file (or from the chosen sheet), and why. */
export interface FileFailed {
  readonly id: number;
  readonly ok: false;
  readonly fileName: string;
  readonly error: Bilingual;
  /** The workbook's sheets when it opened, so another sheet can be chosen. */
  readonly sheets?: string[];
  readonly sheet?: string;
}

export type ImportWorkerAnswer = FileParsed | FileFailed;
