/** Audit changes as a line a reviewer reads: 字段：旧值 → 新值. */
import type { TFunction } from 'i18next'
import type { AuditEntry } from '../../data/bookkeeping'

const fieldNamespaces: Record<string, string> = { company: 'company', users: 'user' }
const settingLabels: Record<string, string> = {
  'security.idleLockMinutes': 'settings.idleLockMinutes',
  'backup.autoDaily': 'settings.autoBackup',
  'backup.reminderDays': 'settings.reminderDays',
}

const systemLabels: Record<string, string> = {
  sha256: 'audit.fields.sha256',
  bytes: 'audit.fields.bytes',
  account: 'user.account',
}

function valueText(t: TFunction, field: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return '—'
  if (field === 'language') return v === 'en' ? 'English' : '简体中文'
  if (field === 'roles' && Array.isArray(v)) return v.map((r) => t(`roles.${String(r)}`)).join('、')
  if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no')
  return typeof v === 'object' ? JSON.stringify(v) : String(v)
}

export function fieldLabel(t: TFunction, entry: AuditEntry, field: string): string {
  if (entry.table === 'settings' && field === 'value') return t(settingLabels[entry.rowId] ?? entry.rowId)
  if (systemLabels[field] && (entry.table === 'system' || entry.action === 'login'))
    return t(systemLabels[field])
  const ns = fieldNamespaces[entry.table]
  return ns ? t(`${ns}.${field}`, { defaultValue: field }) : field
}

export function changeLines(t: TFunction, entry: AuditEntry): string[] {
  return Object.entries(entry.changes)
    .filter(([f]) => f !== 'deletedAt')
    .map(([f, c]) => {
      const label = fieldLabel(t, entry, f)
      return entry.action === 'create' || c.from === null
        ? `${label}：${valueText(t, f, c.to)}`
        : `${label}：${valueText(t, f, c.from)} → ${valueText(t, f, c.to)}`
    })
}
