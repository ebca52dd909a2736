/**
 * A conflict in the department's words: the record's table and name, the
 * field and its values as the audit log shows them, the PC each came from,
 * and whether the signed-in user may settle it.
 */
import type { TFunction } from 'i18next'
import { type Actor, type Permission, can } from '@shared/auth/permissions'
import { type SyncedTable, tableSpecs } from '@shared/tables/tableSpecs'
import { fieldLabel, valueText } from '../audit/recordText'

/** The field's label as the audit log gives it. */
export function conflictFieldLabel(t: TFunction, table: string, rowId: string, field: string): string {
  return fieldLabel(t, table, rowId, field)
}

/** A value, or a field group's values joined, as the screens show them (¥1,280.00, 选项名, dates). */
export function conflictValueText(t: TFunction, table: string, field: string, v: unknown): string {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    return Object.entries(v as Record<string, unknown>)
      .map(([f, x]) => `${fieldLabel(t, table, '', f)}：${valueText(t, table, f, x)}`)
      .join('；')
  }
  return valueText(t, table, field, v)
}

/**
 * A PC's name: status.json carries none yet, so this PC is 本机 and another
 * is the PC of the person who works there (张三的电脑, `person`: from its
 * audit entries) or 电脑 and the first characters of its id (a ULID's first
 * characters are its creation time, alike for PCs set up the same day, so
 * the last six).
 */
export function pcName(t: TFunction, deviceId: string, self: string | undefined, person?: string): string {
  if (!deviceId) return t('sync.conflicts.unknownPc')
  if (deviceId === self) return t('sync.conflicts.thisPc')
  if (person) return t('sync.conflicts.personPc', { name: person })
  return t('sync.conflicts.otherPc', { id: deviceId.slice(-6) })
}

/**
 * The right to edit records of this table, which settling one of its
 * conflicts needs; null for a table this version does not know (its ops stay
 * pending, so no conflict of it can be listed — and nobody settles one blind).
 */
export function editPermission(table: string): Permission | null {
  return Object.hasOwn(tableSpecs, table) ? tableSpecs[table as SyncedTable].edit : null
}

export function maySettle(actor: Actor, table: string): boolean {
  const permission = editPermission(table)
  return permission !== null && can(actor, permission)
}
