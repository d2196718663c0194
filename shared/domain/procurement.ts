import { z } from 'zod';
import { isoDateTimeSchema } from './calendarDate';

/** Longest accepted free text in a single field (characters). */
export const MAX_LONG_TEXT = 20_000;

/** Where a procurement is in its life; the calendar and list filter by it. */
export const procurementStatusSchema = z.enum([
  'planning',
  'marketDialogue',
  'tendering',
  'evaluation',
  'contractPeriod',
  'completed',
  'cancelled',
]);
/** See {@link procurementStatusSchema}. */
export type ProcurementStatus = z.infer<typeof procurementStatusSchema>;

/** A procurement title as the officer writes it: required, one line. */
export const titleSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((t) => !/[\r\n]/.test(t), { message: 'Title must be a single line' });

/**
 * One procurement (hankinta) as stored: identity, basics and, phase by phase, what the
 * officer has planned. `revision` increases with every save so that a stale edit is
 * refused instead of overwriting newer work.
 */
export const procurementSchema = z.object({
  id: z.uuid(),
  revision: z.number().int().min(0),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  archived: z.boolean(),
  title: titleSchema,
  /** Reference number (diaarinumero). */
  referenceNumber: z.string().trim().max(100),
  description: z.string().max(MAX_LONG_TEXT),
  responsiblePerson: z.string().trim().max(200),
  status: procurementStatusSchema,
});
/** See {@link procurementSchema}. */
export type Procurement = z.infer<typeof procurementSchema>;

/** What the list view and the calendar need of a procurement, kept in the index file. */
export const procurementSummarySchema = procurementSchema.pick({
  id: true,
  revision: true,
  createdAt: true,
  updatedAt: true,
  archived: true,
  title: true,
  referenceNumber: true,
  responsiblePerson: true,
  status: true,
});
/** See {@link procurementSummarySchema}. */
export type ProcurementSummary = z.infer<typeof procurementSummarySchema>;

/** The index entry for a procurement; derived, never edited. */
export function summarizeProcurement(p: Procurement): ProcurementSummary {
  return {
    id: p.id,
    revision: p.revision,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    archived: p.archived,
    title: p.title,
    referenceNumber: p.referenceNumber,
    responsiblePerson: p.responsiblePerson,
    status: p.status,
  };
}

/** A new, empty procurement with the given title. */
export function newProcurement(input: { id: string; title: string; now: string }): Procurement {
  return {
    id: input.id,
    revision: 0,
    createdAt: input.now,
    updatedAt: input.now,
    archived: false,
    title: input.title.trim(),
    referenceNumber: '',
    description: '',
    responsiblePerson: '',
    status: 'planning',
  };
}

/** A copy under a new id and title, unarchived, with fresh timestamps and revision. */
export function duplicateProcurement(
  source: Procurement,
  input: { id: string; title: string; now: string },
): Procurement {
  return {
    ...structuredClone(source),
    id: input.id,
    title: input.title.trim(),
    revision: 0,
    createdAt: input.now,
    updatedAt: input.now,
    archived: false,
  };
}

/** True when the procurement's title, reference or responsible person contains `query`. */
export function matchesSearch(p: ProcurementSummary, query: string): boolean {
  const q = query.trim().toLocaleLowerCase('fi');
  if (q === '') return true;
  return [p.title, p.referenceNumber, p.responsiblePerson].some((field) =>
    field.toLocaleLowerCase('fi').includes(q),
  );
}
