/**
 * Which tables sync and which are this PC's bookkeeping. Synced tables are
 * the table registry's (shared/tables/tableSpecs.ts) and are written only
 * through the unit of work (unitOfWork.ts); the guard middleware refuses
 * anything else.
 */
import { type SyncedRows, type SyncedTable, syncedTableNames } from '@shared/tables/tableSpecs'

export type { SyncedRows, SyncedTable }

export const syncedTables: readonly SyncedTable[] = syncedTableNames

/**
 * Written only inside a unit of work, alongside the records they describe
 * (`_dupQueue`: the keyed records written, whose duplicates are worked out next).
 */
export const bookkeepingTables = ['_outbox', '_audit', '_meta', '_dupQueue'] as const

/** The sync engine's own state, written only by sync's transactions (renderer/src/sync). */
export const syncStateTables = ['_cursors', '_conflicts', '_pending', '_quarantine'] as const

export const guardedTables: ReadonlySet<string> = new Set<string>([
  '_fieldClock',
  ...syncedTables,
  ...bookkeepingTables,
  ...syncStateTables,
])

/**
 * Bumped whenever the record schema changes; stamped on every op (`sv`).
 * 2: archives (master data), their child tables and attachments.
 * 3: import batches (one op and one audit entry per import).
 * 4: contracts, quotations, change agreements, phone orders, lines,
 *    milestones, approvals, registers and number counters.
 * 5: duplicates kept with a reason (keptDuplicates); business-key indexes.
 * 6: shipping and stock (purchase orders, shipments, their lines, delivery
 *    vouchers, stock movements, month-end counts and their lines);
 *    engineering contractors (an archive) and products.serialized.
 * 7: invoicing (invoice applications and their lines) and collections
 *    (receipts and their allocations, dunning, bill handover slips, daily
 *    checks, statements and their reports, month closes); milestone
 *    triggers, a contract's acceptance, warranty, sales rep and settlement scan.
 */
export const SCHEMA_VERSION = 7
