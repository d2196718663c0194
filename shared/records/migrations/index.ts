import type { z } from 'zod';
import { procurementV1Schema, type ProcurementV1 } from './v1';
import { migrateV1ToV2 } from './v1ToV2';
import { procurementV2Schema, type ProcurementV2 } from './v2';
import { migrateV2ToV3 } from './v2ToV3';

/**
 * One numbered migration of the stored procurement: from version `n` (validated with the
 * frozen schema of version `n`, which never changes once released) to version `n + 1`.
 * Migrations are pure functions; they never read the clock or the disk.
 */
export interface ProcurementMigration<From = unknown, To = unknown> {
  fromVersion: number;
  fromSchema: z.ZodType<From>;
  migrate: (from: From) => To;
}

function migration<From, To>(m: ProcurementMigration<From, To>): ProcurementMigration {
  return m as unknown as ProcurementMigration;
}

/**
 * All migrations in order; index `i` upgrades version `i + 1` to `i + 2`. The current
 * schema version is therefore `PROCUREMENT_MIGRATIONS.length + 1`.
 */
export const PROCUREMENT_MIGRATIONS: readonly ProcurementMigration[] = [
  migration<ProcurementV1, ReturnType<typeof migrateV1ToV2>>({
    fromVersion: 1,
    fromSchema: procurementV1Schema,
    migrate: migrateV1ToV2,
  }),
  migration<ProcurementV2, ReturnType<typeof migrateV2ToV3>>({
    fromVersion: 2,
    fromSchema: procurementV2Schema,
    migrate: migrateV2ToV3,
  }),
];
