/** Audit changes as a line a reviewer reads: 字段：旧值 → 新值. */
import type { TFunction } from 'i18next'
import type { AuditEntry } from '../../data/bookkeeping'
import { fieldLabel, valueText } from './recordText'

/** How many of a bulk create's record names the log shows. */
const BATCH_NAMES = 5

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
      const label = fieldLabel(t, entry.table, entry.rowId, f)
      return entry.action === 'create' || entry.action === 'import' || c.from === null
        ? `${label}：${valueText(t, entry.table, f, c.to)}`
        : `${label}：${valueText(t, entry.table, f, c.from)} → ${valueText(t, entry.table, f, c.to)}`
    })
}
