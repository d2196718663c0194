import { z } from 'zod';

/**
 * Identifiers of procurements, lots and options: UUIDs, always stored in lower case. An id is
 * normalised when parsed, so `ABC…` and `abc…` can never be two procurements, and a file name
 * built from the id always matches the one the list looks for.
 */
export const idSchema = z.uuid().transform((id) => id.toLowerCase());

/**
 * A zod check for a list of records with ids: refuses a list where two entries share an id
 * (after normalisation), naming the second entry's id field (issue kind `duplicateId`).
 */
export function refuseDuplicateIds(
  items: readonly { id: string }[],
  ctx: z.RefinementCtx<readonly { id: string }[]>,
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({
        code: 'custom',
        path: [index, 'id'],
        message: `Duplicate id ${item.id}`,
        params: { issueKind: 'duplicateId', received: item.id },
      });
    }
    seen.add(item.id);
  });
}
