import { z } from 'zod';

/**
 * The employment clause (työllistämisehto) of one procurement: the decision, its form,
 * target groups, obligation, ways to fulfil and the terms around it. Scaffolding of schema
 * version 3; the employment clause issue fills it in.
 */
export const employmentClauseSchema = z.strictObject({});
/** See {@link employmentClauseSchema}. */
export type EmploymentClause = z.infer<typeof employmentClauseSchema>;

/** Nothing decided yet. */
export function emptyEmploymentClause(): EmploymentClause {
  return {};
}
