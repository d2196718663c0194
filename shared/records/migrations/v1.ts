import { z } from 'zod';

/**
 * Schema version 1 of a stored procurement (the foundation release), frozen: it must never
 * change, because it is what files written by that release are validated against before
 * they are migrated. Self-contained on purpose (no imports of schemas that may evolve).
 */
export const procurementV1Schema = z.strictObject({
  id: z.uuid(),
  revision: z.number().int().min(0),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  archived: z.boolean(),
  title: z.string().trim().min(1).max(200),
  referenceNumber: z.string().trim().max(100),
  description: z.string().max(20_000),
  responsiblePerson: z.string().trim().max(200),
  status: z.enum([
    'planning',
    'marketDialogue',
    'tendering',
    'evaluation',
    'contractPeriod',
    'completed',
    'cancelled',
  ]),
});
/** A version 1 procurement. */
export type ProcurementV1 = z.infer<typeof procurementV1Schema>;
