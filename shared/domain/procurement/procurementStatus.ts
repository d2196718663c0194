/**
 * The statuses of a procurement, in their order through the process (the list's status
 * filter shows them in this order). Kept apart from the zod schemas in `procurement.ts` so
 * that the list screen can use them without loading the schema library.
 */
export const PROCUREMENT_STATUSES = [
  'planning',
  'marketDialogue',
  'tendering',
  'evaluation',
  'contractPeriod',
  'completed',
  'cancelled',
] as const;

/** One of {@link PROCUREMENT_STATUSES}. */
export type ProcurementStatusValue = (typeof PROCUREMENT_STATUSES)[number];

/** Whether a string (a select's value) is a procurement status. */
export function isProcurementStatus(value: string): value is ProcurementStatusValue {
  return (PROCUREMENT_STATUSES as readonly string[]).includes(value);
}
