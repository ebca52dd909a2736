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
}

/**
 * Bookkeeping fields: derived on every write, never logged as field changes or
 * conflicts. `search` (archives' search text, shared/search/searchText.ts) and
 * `followUpOn` (a target customer's follow-up index) are derived from other
 * fields, so each PC computes them itself. So are the totals of a quotation,
 * contract or phone order (`netFen`, `taxFen`, `totalFen`): the sum of its
 * lines (contractTotals), recomputed by whoever writes or syncs the lines.
 */
export const bookkeepingFields = [
  'id',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
  'createdHlc',
  '_clk',
  'search',
  'followUpOn',
  'netFen',
  'taxFen',
  'totalFen',
] as const

/** Bookkeeping fields that are derived values (stored, not logged): see above. */
export const derivedFields: ReadonlySet<string> = new Set([
  'search',
  'followUpOn',
  'netFen',
  'taxFen',
  'totalFen',
])

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

/** A department-wide setting, one row per key. */
export interface SettingRecord extends RecordBase {
  /** Checked against the key's schema on read and write (settingKeys.ts). */
  value: string | number | boolean | readonly object[]
}

export const COMPANY_ID = 'company'
