/**
 * Fields every synced record carries (ARCHITECTURE.md "Data"). Ids are ULIDs,
 * never auto-increment; `deletedAt` is a tombstone: hidden, restorable.
 */
import type { Role } from '../auth/roles'

export interface RecordBase {
  id: string
  createdAt: string
  createdBy: string
  updatedAt: string
  updatedBy: string
  deletedAt: string | null
  /**
   * HLC of the row's create: the clock of every field without a clock of its
   * own in `_clk`. Set by the writer, or by sync from the create op;
   * optional only for rows that have not been written yet.
   */
  createdHlc?: string
  /** Clocks of the fields changed since the create, in their stored form (shared/sync/rowClocks.ts). */
  _clk?: string | Record<string, { h: string; named?: string[] }>
  /** Hash of the synced fields as last written, for the state digest (shared/sync/rowHash.ts). */
  _rh?: number
}

/**
 * Bookkeeping fields of every record: written by the unit of work, never
 * logged as field changes or conflicts. A table's derived fields (an
 * archive's search text, a contract's totals) are bookkeeping too, named by
 * its table spec (shared/tables/tableSpecs.ts untrackedFields).
 */
export const bookkeepingFields = [
  'id',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
  'createdHlc',
  '_clk',
  '_rh',
] as const

export type Draft<T extends RecordBase> = Omit<T, keyof RecordBase>

export interface CompanyProfile extends RecordBase {
  name: string
  uscc: string
  address: string
  phone: string
  bankName: string
  bankAccount: string
  taxNumber: string
  /** Text of the contract seal (合同专用章), printed on documents. */
  sealText: string
}

export type Language = 'zh-CN' | 'en'

export interface UserRecord extends RecordBase {
  account: string
  name: string
  roles: Role[]
  passwordHash: string
  active: boolean
  language: Language
  phone: string
}

/**
 * Records of one table sharing a business key (TableSpec.uniqueKeys) that a
 * person decided to keep, and why: every PC stops flagging exactly these.
 */
export interface KeptDuplicateRecord extends RecordBase {
  /** The table of the records. */
  subject: string
  /** The key's fields, joined by '+'. */
  key: string
  /** The value they share, as the duplicates list shows it. */
  value: string
  /** The records kept, sorted; a further record with the value is flagged again. */
  recordIds: string[]
  reason: string
}

/** A department-wide setting, one row per key. */
export interface SettingRecord extends RecordBase {
  /** Checked against the key's schema on read and write (settingKeys.ts). */
  value: string | number | boolean | readonly object[]
}

export const COMPANY_ID = 'company'

/** A record in use: not 停用 (tombstoned). Hidden records stay in the table, restorable. */
export function isLive(row: { deletedAt?: string | null } | undefined): boolean {
  return row !== undefined && !row.deletedAt
}

/** The records in use of a list (ARCHITECTURE.md "Data": records are hidden, never removed). */
export function liveRows<T extends { deletedAt?: string | null }>(rows: readonly T[]): T[] {
  return rows.filter((r) => !r.deletedAt)
}
