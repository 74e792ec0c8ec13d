/**
 * Notes on an indicator's value for a period, typed so the "why did it move?" question has its
 * answer beside the number: a cause (原因), a measure (措施) or a data correction (数据更正).
 * Shown on the chart at their period and kept in exports.
 */
import { periodKeySchema } from './period';
import { z } from './zod';

export const VALUE_NOTE_KINDS = ['cause', 'measure', 'correction'] as const;
export const valueNoteKindSchema = z.enum(VALUE_NOTE_KINDS);
export type ValueNoteKind = z.infer<typeof valueNoteKindSchema>;

/** What a user sends: `POST /api/indicators/:id/notes`. */
export const valueNoteInputSchema = z.object({
  period: periodKeySchema,
  kind: valueNoteKindSchema,
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(1000)),
});
export type ValueNoteInput = z.infer<typeof valueNoteInputSchema>;

export const valueNoteSchema = z.object({
  id: z.string().check(z.minLength(1)),
  indicatorId: z.string().check(z.minLength(1)),
  ...valueNoteInputSchema.shape,
  /** Who wrote it and when (ISO timestamp). */
  by: z.string(),
  at: z.string(),
});
export type ValueNote = z.infer<typeof valueNoteSchema>;

/** Answer of `POST /api/indicators/:id/notes` (201): the stored note. */
export const valueNoteResponseSchema = z.object({ note: valueNoteSchema });
export type ValueNoteResponse = z.infer<typeof valueNoteResponseSchema>;
