/**
 * Which tables sync and which are this PC's bookkeeping. Synced tables are
 * written only through the unit of work (unitOfWork.ts); the guard middleware
 * refuses anything else.
 */
import type { CompanyProfile, SettingRecord, UserRecord } from '@shared/types/records'

export interface SyncedRows {
  company: CompanyProfile
  users: UserRecord
  settings: SettingRecord
}

export type SyncedTable = keyof SyncedRows

export const syncedTables = ['company', 'users', 'settings'] as const satisfies readonly SyncedTable[]

/** Written only inside a unit of work, alongside the records they describe. */
export const bookkeepingTables = ['_outbox', '_fieldClock', '_audit', '_meta'] as const

export const guardedTables: ReadonlySet<string> = new Set<string>([...syncedTables, ...bookkeepingTables])

/** Bumped whenever the record schema changes; stamped on every op (`sv`). */
export const SCHEMA_VERSION = 1
