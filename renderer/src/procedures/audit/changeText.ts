/** Audit changes as a line a reviewer reads: 字段：旧值 → 新值. */
import type { TFunction } from 'i18next'
import { archiveSpecs, archiveTables, childSpecs, childTables } from '@shared/masterData/archiveSpecs'
import type { FieldSpec } from '@shared/masterData/fieldSpec'
import { formatFen } from '@shared/kernel/money'
import type { RequiredApproval } from '@shared/approvals/approvalRules'
import { cellText } from '../archives/labels'
import { ruleText } from '../contracts/shared/ruleText'
import type { AuditEntry } from '../../data/bookkeeping'
import { contractProcedureTables } from '../../data/tables'

/** How many of a bulk create's record names the log shows. */
const BATCH_NAMES = 5

const fieldNamespaces: Record<string, string> = { company: 'company', users: 'user' }
/** Archives and their child tables label fields as their forms do (`md.<table>.<field>`). */
const archiveLike: ReadonlySet<string> = new Set<string>([...archiveTables, ...childTables, 'attachments'])
const settingLabels: Record<string, string> = {
  'security.idleLockMinutes': 'settings.idleLockMinutes',
  'backup.autoDaily': 'settings.autoBackup',
  'backup.reminderDays': 'settings.reminderDays',
  'archives.targetContactDays': 'settings.targetContactDays',
  'approvals.priceDeviationBp': 'contractSettings.priceDeviation',
  'approvals.majorContractFen': 'contractSettings.majorContract',
  'contracts.numberPattern': 'contractSettings.numberPattern',
  'contracts.partyNames': 'contractSettings.partyNames',
  'quotations.validDays': 'contractSettings.validDays',
  'contracts.clauseLibrary': 'contractSettings.clausesSection',
}

/** The contract procedure's tables label their fields from one list (contractFields). */
const contractTables: ReadonlySet<string> = new Set(contractProcedureTables)

/** Steps and statuses read as the screens say them. */
const stepLabels: Record<string, string> = {
  contracts: 'contracts.steps',
  contractChanges: 'contracts.changes.steps',
  phoneOrders: 'phoneOrders.steps',
  quotations: 'quotations.statuses',
}

const systemLabels: Record<string, string> = {
  sha256: 'audit.fields.sha256',
  bytes: 'audit.fields.bytes',
  account: 'user.account',
  deviceId: 'audit.fields.deviceId',
}

/** An archive field's spec, so its value reads as in the form (选项名, ¥1,280.00, 13%). */
function archiveField(table: string, field: string): FieldSpec | undefined {
  const fields =
    (archiveSpecs as Record<string, { fields: readonly FieldSpec[] }>)[table]?.fields ??
    (childSpecs as Record<string, { fields: readonly FieldSpec[] }>)[table]?.fields
  return fields?.find((f) => f.key === field)
}

/** A contract-procedure value as the screens show it: money, percentages, steps, clauses. */
function contractValueText(t: TFunction, table: string, field: string, v: unknown): string | null {
  if (field.endsWith('Fen') && typeof v === 'number') return formatFen(v)
  if (field.endsWith('Bp') && typeof v === 'number') return `${v / 100}%`
  if ((field === 'step' || field === 'status') && stepLabels[table])
    return t(`${stepLabels[table]}.${String(v)}`)
  if (field === 'kind' && table === 'milestones') return t(`contracts.milestone.kinds.${String(v)}`)
  if (field === 'decision') return t(`contracts.approvals.decisions.${String(v)}`)
  if (field === 'role') return t(`roles.${String(v)}`)
  if (field === 'clauses' && Array.isArray(v))
    return v.map((c: { title?: string }) => c.title ?? '').join('、')
  if (field === 'requiredApprovals' && Array.isArray(v))
    return (v as RequiredApproval[]).map((r) => ruleText(t, r)).join('；')
  return null
}

export function valueText(t: TFunction, field: string, v: unknown, table = ''): string {
  if (v === null || v === undefined || v === '') return '—'
  const spec = archiveField(table, field)
  if (spec && spec.kind !== 'ref') return cellText(t, spec, v) || '—'
  const contractText = contractTables.has(table) ? contractValueText(t, table, field, v) : null
  if (contractText !== null) return contractText || '—'
  if (field === 'language') return v === 'en' ? 'English' : '简体中文'
  if (field === 'roles' && Array.isArray(v)) return v.map((r) => t(`roles.${String(r)}`)).join('、')
  if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no')
  return typeof v === 'object' ? JSON.stringify(v) : String(v)
}

export function fieldLabel(t: TFunction, entry: AuditEntry, field: string): string {
  if (entry.table === 'settings' && field === 'value') return t(settingLabels[entry.rowId] ?? entry.rowId)
  if (systemLabels[field] && (entry.table === 'system' || entry.action === 'login'))
    return t(systemLabels[field])
  if (contractTables.has(entry.table)) return t(`contractFields.${field}`, { defaultValue: field })
  const ns = fieldNamespaces[entry.table] ?? (archiveLike.has(entry.table) ? `md.${entry.table}` : undefined)
  return ns ? t(`${ns}.${field}`, { defaultValue: field }) : field
}

export function changeLines(t: TFunction, entry: AuditEntry): string[] {
  // A bulk create lists its rows by name: their fields are on each record's 变更记录.
  if (entry.rowIds) {
    const names = entry.rowIds.map((id) => String((entry.changes[id]?.to as { name?: unknown })?.name ?? id))
    const more = names.length - BATCH_NAMES
    const shown =
      names.slice(0, BATCH_NAMES).join(t('common.listSep')) +
      (more > 0 ? t('audit.batchMore', { count: more }) : '')
    return [t('audit.batch', { count: names.length, names: shown })]
  }
  return Object.entries(entry.changes)
    .filter(([f]) => f !== 'deletedAt')
    .map(([f, c]) => {
      const label = fieldLabel(t, entry, f)
      return entry.action === 'create' || entry.action === 'import' || c.from === null
        ? `${label}：${valueText(t, f, c.to, entry.table)}`
        : `${label}：${valueText(t, f, c.from, entry.table)} → ${valueText(t, f, c.to, entry.table)}`
    })
}
