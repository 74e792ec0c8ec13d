/**
 * The wire format of an import (decision 0010): the browser reads the file (in a worker) into rows
 * already matched to indicators and converted to their units; the API previews them against what is
 * stored (add / change / unchanged / rejected) and commits them in one atomic write, all or none.
 */
import { bilingualSchema } from './indicator';
import { observationInputSchema } from './observation-input';
import { z } from './zod';

/** The most rows one import may carry (a town's monthly sheet has a few hundred). */
export const MAX_IMPORT_ROWS = 20_000;
/** The largest file the import page reads. */
export const MAX_IMPORT_FILE_BYTES = 10 * 1024 * 1024;

/** One row of the file, ready to store: the sheet's line number (1-based, as Excel shows it), the indicator and the value. */
export const importRowSchema = z.object({
  line: z.number().check(z.int(), z.gte(1)),
  indicatorId: z.string().check(z.minLength(1), z.maxLength(100)),
  ...observationInputSchema.shape,
});
export type ImportRow = z.infer<typeof importRowSchema>;

/** Body of `POST /api/imports/preview` and `POST /api/imports`. */
export const importRequestSchema = z.object({
  rows: z.array(importRowSchema).check(z.minLength(1), z.maxLength(MAX_IMPORT_ROWS)),
  /** The file's name, kept with the import for the history. */
  fileName: z.optional(z.string().check(z.maxLength(200))),
  /** Why (optional), kept on every written observation. */
  reason: z.optional(z.string().check(z.maxLength(500))),
});
export type ImportRequest = z.infer<typeof importRequestSchema>;

/** A row the API will not store, with the field and the reason. */
export const importRejectionSchema = z.object({
  line: z.number(),
  field: z.string(),
  message: bilingualSchema,
});
export type ImportRejection = z.infer<typeof importRejectionSchema>;

/** The value a changed row replaces: the effective value of the same indicator, period and stage. */
export const importBeforeSchema = z.object({
  value: z.number(),
  recordedAt: z.string(),
  recordedBy: z.optional(z.string()),
  source: z.string(),
});

/**
 * Answer of `POST /api/imports/preview`: what a commit would do, row by row, as indexes into the
 * request's `rows` (the client has the rows already: sending 10,000 of them back would double what
 * is parsed and checked). Writes nothing.
 */
export const importPreviewResponseSchema = z.object({
  add: z.array(z.number().check(z.int(), z.gte(0))),
  change: z.array(z.object({ index: z.number().check(z.int(), z.gte(0)), before: importBeforeSchema })),
  /** Same value already stored for that indicator, period and stage: not written again. */
  unchanged: z.array(z.number().check(z.int(), z.gte(0))),
  rejected: z.array(importRejectionSchema),
  /** Rows worth a second look that do not block the commit (a 1–N月累计 value below an earlier month's). */
  warnings: z.optional(z.array(z.object({ line: z.number(), message: bilingualSchema }))),
});
export type ImportPreviewResponse = z.infer<typeof importPreviewResponseSchema>;

/**
 * Answer of `POST /api/imports` (201): everything was written in one step. Any rejected row makes
 * the whole request a 400 with the rejections as field issues (`rows.<index>.<field>`), and nothing is written.
 */
export const importCommitResponseSchema = z.object({
  importId: z.string(),
  added: z.number(),
  changed: z.number(),
  unchanged: z.number(),
});
export type ImportCommitResponse = z.infer<typeof importCommitResponseSchema>;

/** A preview with its indexes resolved to the rows they name, for showing it. */
export interface ImportPreview {
  readonly add: ImportRow[];
  readonly change: { row: ImportRow; before: z.infer<typeof importBeforeSchema> }[];
  readonly unchanged: ImportRow[];
  readonly rejected: ImportRejection[];
  readonly warnings: { line: number; message: z.infer<typeof bilingualSchema> }[];
}

/** Resolves a preview's indexes against the rows sent; an index out of range is a broken answer. */
export function previewRows(rows: readonly ImportRow[], preview: ImportPreviewResponse): ImportPreview | null {
  const at = (index: number) => rows[index];
  const add = preview.add.map(at);
  const unchanged = preview.unchanged.map(at);
  const change = preview.change.map(({ index, before }) => ({ row: at(index), before }));
  if (add.some((r) => r === undefined) || unchanged.some((r) => r === undefined) || change.some((c) => !c.row)) {
    return null;
  }
  return {
    add: add as ImportRow[],
    unchanged: unchanged as ImportRow[],
    change: change as ImportPreview['change'],
    rejected: preview.rejected,
    warnings: preview.warnings ?? [],
  };
}
