/**
 * A conflict in the department's words: the record's table and name, the
 * field and its values as the audit log shows them, the PC each came from,
 * and whether the signed-in user may settle it.
 */
import type { TFunction } from 'i18next'
import { type Actor, type Permission, can } from '@shared/auth/permissions'
import { archiveSpecs, archiveTables, childTables } from '@shared/masterData/archiveSpecs'
import type { AuditEntry } from '../../data/bookkeeping'
import { contractProcedureTables } from '../../data/tables'
import { fieldLabel, valueText } from '../audit/changeText'

/** The audit log's name for the table, an archive's list title, else this page's own words. */
export function tableLabel(t: TFunction, table: string): string {
  return t([`audit.tables.${table}`, `archives.${table}.title`, `sync.tables.${table}`], {
    defaultValue: table,
  })
}

/** The record as a clerk names it: its name, number or account; the id only when it has none. */
export function recordName(row: Readonly<Record<string, unknown>> | undefined, id: string): string {
  for (const key of ['name', 'number', 'account', 'title']) {
    const v = row?.[key]
    if (typeof v === 'string' && v.trim()) return v
  }
  return id
}

/** The field's label as the audit log gives it (fieldLabel reads only the table, row and action). */
export function conflictFieldLabel(t: TFunction, table: string, rowId: string, field: string): string {
  const entry = { table, rowId, action: 'update' } as AuditEntry
  return fieldLabel(t, entry, field)
}

/** A value, or a field group's values joined, as the screens show them (¥1,280.00, 选项名, dates). */
export function conflictValueText(t: TFunction, table: string, field: string, v: unknown): string {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    return Object.entries(v as Record<string, unknown>)
      .map(([f, x]) => `${conflictFieldLabel(t, table, '', f)}：${valueText(t, f, x, table)}`)
      .join('；')
  }
  return valueText(t, field, v, table)
}

/**
 * A PC's name: status.json carries none yet, so this PC is 本机 and another
 * is 电脑 and the first characters of its id (a ULID's first characters are
 * its creation time, alike for PCs set up the same day, so the last six).
 */
export function pcName(t: TFunction, deviceId: string, self: string | undefined): string {
  if (!deviceId) return t('sync.conflicts.unknownPc')
  if (deviceId === self) return t('sync.conflicts.thisPc')
  return t('sync.conflicts.otherPc', { id: deviceId.slice(-6) })
}

const contractTables: ReadonlySet<string> = new Set(contractProcedureTables)
const childTableSet: ReadonlySet<string> = new Set(childTables)

/** The right to edit records of this table, which settling one of its conflicts needs. */
export function editPermission(table: string): Permission {
  if ((archiveTables as readonly string[]).includes(table))
    return archiveSpecs[table as (typeof archiveTables)[number]].edit
  if (childTableSet.has(table) || table === 'attachments') return 'archives.edit'
  if (contractTables.has(table)) return 'contracts.edit'
  if (table === 'company') return 'company.edit'
  if (table === 'users') return 'users.manage'
  return 'settings.edit'
}

export function maySettle(actor: Actor, table: string): boolean {
  return can(actor, editPermission(table))
}
