/**
 * A record in the department's words, for every table alike, from the table
 * registry (shared/tables/tableSpecs.ts): the table's name, the record's
 * name, a field's label and a value as the screens show it. The audit log,
 * 变更记录 and the sync conflicts read these; none of them names a table.
 */
import type { TFunction } from 'i18next'
import type { RequiredApproval } from '@shared/approvals/approvalRules'
import { formatFen } from '@shared/kernel/money'
import { type SyncedTable, tableSpecs } from '@shared/tables/tableSpecs'
import { cellText } from '../archives/labels'
import { ruleText } from '../contracts/shared/ruleText'

/** The spec of a synced table, or undefined for a name that is none (the audit log's `system`). */
function specOf(table: string) {
  return Object.hasOwn(tableSpecs, table) ? tableSpecs[table as SyncedTable] : undefined
}

/** A table's name: its spec's one word for it. */
export function tableName(t: TFunction, table: string): string {
  return t(specOf(table)?.nameKey ?? `tables.${table}`, { defaultValue: table })
}

/** The record as a clerk names it (合同号, 名称, 账号); its id only when it has no name. */
export function recordName(
  table: string,
  row: Readonly<Record<string, unknown>> | undefined,
  id: string,
): string {
  for (const key of specOf(table)?.nameFields ?? []) {
    const v = row?.[key]
    if (typeof v === 'string' && v.trim()) return v
  }
  return id
}

/** Fields the app itself writes on any table (logins, the system's own entries). */
const systemLabels: Record<string, string> = {
  sha256: 'audit.fields.sha256',
  bytes: 'audit.fields.bytes',
  account: 'user.account',
  deviceId: 'audit.fields.deviceId',
}

/** A field's label as its form gives it; a one-row-per-key table's value is named by its row. */
export function fieldLabel(t: TFunction, table: string, rowId: string, field: string): string {
  const spec = specOf(table)
  const rowLabel = spec?.rowLabels?.[rowId]
  if (rowLabel && field === 'value') return t(rowLabel)
  if (!spec) return systemLabels[field] ? t(systemLabels[field]) : field
  return t(`${spec.fieldsKey}.${field}`, {
    defaultValue: systemLabels[field] ? t(systemLabels[field]) : field,
  })
}

/** Values whose words are not a key per value: lists of clauses and of required approvals. */
function listText(t: TFunction, field: string, v: readonly unknown[]): string | null {
  if (field === 'clauses') return v.map((c) => (c as { title?: string }).title ?? '').join('、')
  if (field === 'requiredApprovals') return v.map((r) => ruleText(t, r as RequiredApproval)).join('；')
  return null
}

/** A value as the screens show it: 选项名, ¥1,280.00, 13%, a step's name, 是/否, '—' when empty. */
export function valueText(t: TFunction, table: string, field: string, v: unknown): string {
  if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) return '—'
  const spec = specOf(table)
  const fieldSpec = spec?.fieldSpecs?.find((f) => f.key === field)
  if (fieldSpec && fieldSpec.kind !== 'ref') return cellText(t, fieldSpec, v) || '—'
  const words = spec?.valueWords?.[field]
  if (words && Array.isArray(v)) return v.map((x) => t(`${words}.${String(x)}`)).join('、')
  if (words) return t(`${words}.${String(v)}`)
  // Money is integer fen and rates are basis points wherever they are stored (ARCHITECTURE.md "Data").
  if (field.endsWith('Fen') && typeof v === 'number') return formatFen(v)
  if (field.endsWith('Bp') && typeof v === 'number') return `${v / 100}%`
  if (field === 'language') return v === 'en' ? 'English' : '简体中文'
  if (Array.isArray(v)) return listText(t, field, v) ?? JSON.stringify(v)
  if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no')
  return typeof v === 'object' ? JSON.stringify(v) : String(v)
}
