import type { z } from 'zod';

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

/**
 * All migrations in order; index `i` upgrades version `i + 1` to `i + 2`. The current
 * schema version is therefore `PROCUREMENT_MIGRATIONS.length + 1`.
 */
export const PROCUREMENT_MIGRATIONS: readonly ProcurementMigration[] = [];
