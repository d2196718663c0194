import type { z } from 'zod';
import { TENDER_COMPARISON_RECORD } from '../domain/criteria/tenderComparison';

/** What a record kind is: its content schema and the schema version files of it carry. */
export interface RecordKindDefinition<T = unknown> {
  schemaVersion: number;
  schema: z.ZodType<T>;
}

/** Record kinds by name (a name is letters and digits, starting with a letter). */
export type RecordRegistry = Record<string, RecordKindDefinition>;

/** The content type of a registered kind. */
export type RecordOf<R extends RecordRegistry, K extends keyof R> =
  R[K] extends RecordKindDefinition<infer T> ? T : never;

/**
 * The record kinds the app stores as files of their own (see RecordRepository in
 * shared/api/ports). Each phase registers its kinds here with the schema version its files
 * carry, e.g. `tenderComparison: { schemaVersion: 1, schema: tenderComparisonSchema }`.
 */
export const recordRegistry = {
  tenderComparison: {
    schemaVersion: TENDER_COMPARISON_RECORD.schemaVersion,
    schema: TENDER_COMPARISON_RECORD.schema,
  },
} satisfies RecordRegistry;
