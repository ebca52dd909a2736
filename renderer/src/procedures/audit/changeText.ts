/**
 * Audit entries as a reviewer reads them: each change as 字段：旧值 → 新值 in
 * the screens' words, and each user action (one transaction's entries) as
 * one headline — who did what to which record — with its parts beneath.
 */
import type { TFunction } from 'i18next'
import { recordKinds } from '@shared/procedures'
import { isSyncedTable, parentLinkFields, parentOf } from '@shared/tables/recordRefs'
import { tableSpecs } from '@shared/tables/tableSpecs'
import type { AuditEntry } from '../../data/bookkeeping'
import { fieldLabel, type RecordLookup, recordPhrase, tableName, valueText } from './recordText'

type Row = Readonly<Record<string, unknown>>

/** How many of a bulk create's record names the log shows. */
const BATCH_NAMES = 5

/** No records read: values that name other records show as they are stored. */
export const noRecords: RecordLookup = { get: () => undefined }

const isEmpty = (v: unknown) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)

/** What the entry knows of its row: the stored row, with the values the entry wrote over it. */
function entryValues(entry: AuditEntry, records: RecordLookup): Row {
  const written: Record<string, unknown> = {}
  for (const [f, c] of Object.entries(entry.changes)) written[f] = c.to
  return { ...records.get(entry.table, entry.rowId), ...written }
}

const isCreate = (entry: AuditEntry) => entry.action === 'create' || entry.action === 'import'

export function changeLines(t: TFunction, entry: AuditEntry, records: RecordLookup = noRecords): string[] {
  // A bulk create lists its rows by name: their fields are on each record's 变更记录.
  if (entry.rowIds) {
    const names = entry.rowIds.map((id) => String((entry.changes[id]?.to as { name?: unknown })?.name ?? id))
    const more = names.length - BATCH_NAMES
    const shown =
      names.slice(0, BATCH_NAMES).join(t('common.listSep')) +
      (more > 0 ? t('audit.batchMore', { count: more }) : '')
    return [t('audit.batch', { count: names.length, names: shown })]
  }
  const ctx = { records, row: entryValues(entry, records) }
  const created = isCreate(entry)
  // A new child names its parent in its headline; its empty fields say nothing.
  const hidden = new Set(['deletedAt', ...(created ? parentLinkFields(entry.table) : [])])
  // The record's step first: it is what the action did (待签订 → 已签订).
  const state = recordKinds.get(entry.table)?.machine.stateField
  return Object.entries(entry.changes)
    .filter(([f, c]) => !hidden.has(f) && !(created && isEmpty(c.to)))
    .sort(([a], [b]) => Number(b === state) - Number(a === state))
    .map(([f, c]) => {
      const label = fieldLabel(t, entry.table, entry.rowId, f)
      const to = valueText(t, entry.table, f, c.to, ctx)
      return created || c.from === null
        ? `${label}：${to}`
        : `${label}：${valueText(t, entry.table, f, c.from, ctx)} → ${to}`
    })
}

/** The action's word: a child row taken out (a contract's line) is 删除, a record 停用. */
export function actionWord(t: TFunction, entry: Pick<AuditEntry, 'action' | 'table'>): string {
  const child = isSyncedTable(entry.table) && tableSpecs[entry.table].parent !== undefined
  const action = entry.action === 'archive' && child ? 'remove' : entry.action
  return t(`audit.actions.${action}`, { defaultValue: entry.action })
}

/** Which record an entry is about, in words (合同 HT-202612-0001 的明细「控制柜」). */
export function entryRecord(t: TFunction, entry: AuditEntry, records: RecordLookup): string {
  if (entry.rowIds) return tableName(t, entry.table)
  // A setting is named by its label in the change line itself.
  if (isSyncedTable(entry.table) && tableSpecs[entry.table].rowLabels) return tableName(t, entry.table)
  return recordPhrase(t, entry.table, entry.rowId, records, entryValues(entry, records))
}

/** One record an action touched besides its main one, as one line: 新建 合同 … 的明细「…」：数量：10. */
export interface ActionPart {
  action: string
  record: string
  lines: string[]
}

/** One user action as the log shows it. */
export interface ActionView {
  /** The first entry's id. */
  id: string
  at: string
  actorName: string
  /** The main record's action word and name. */
  action: string
  record: string
  /** The main record's own changes. */
  lines: string[]
  /** Every other record it wrote, in the order written. */
  parts: ActionPart[]
}

/**
 * The record an action is about: the first record of its own (not a child
 * row) that has a name — a contract rather than its lines, a change
 * agreement rather than the contract it rewrites when signed (that comes
 * after), never a number counter.
 */
function mainIndex(entries: readonly AuditEntry[]): number {
  const rank = (e: AuditEntry) => {
    if (!isSyncedTable(e.table)) return 1
    const spec = tableSpecs[e.table]
    if (spec.parent) return 3
    return spec.nameFields.length > 0 || spec.rowLabels ? 0 : 2
  }
  let best = 0
  entries.forEach((e, i) => {
    if (rank(e) < rank(entries[best])) best = i
  })
  return best
}

/**
 * A child row tombstoned and another created in its place by the same
 * action (a change agreement rewrites the contract's lines and milestones):
 * the same table, parent and position.
 */
function replacementKey(entry: AuditEntry, records: RecordLookup): string | undefined {
  if (entry.action !== 'archive' && entry.action !== 'create') return undefined
  if (!isSyncedTable(entry.table) || !tableSpecs[entry.table].parent) return undefined
  const values = entryValues(entry, records)
  const parent = parentOf(entry.table, values)
  if (!parent || values.position === undefined) return undefined
  return `${entry.table}|${parent.table}|${parent.id}|${String(values.position)}`
}

/** What a replacement changed: the new row's values against the old row's. */
function replacementLines(
  t: TFunction,
  old: AuditEntry,
  created: AuditEntry,
  records: RecordLookup,
): string[] {
  const before = records.get(old.table, old.rowId) ?? {}
  const ctx = { records, row: entryValues(created, records) }
  const skip = new Set(['deletedAt', 'position', ...parentLinkFields(created.table)])
  const lines = Object.entries(created.changes)
    .filter(([f, c]) => !skip.has(f) && JSON.stringify(before[f] ?? null) !== JSON.stringify(c.to ?? null))
    .map(
      ([f, c]) =>
        `${fieldLabel(t, created.table, created.rowId, f)}：${valueText(t, created.table, f, before[f], ctx)} → ${valueText(t, created.table, f, c.to, ctx)}`,
    )
  return lines.length > 0 ? lines : [t('audit.unchanged')]
}

/** The parts of an action besides its main entry, a replaced child row as one part. */
function actionParts(
  t: TFunction,
  entries: readonly AuditEntry[],
  main: AuditEntry,
  records: RecordLookup,
): ActionPart[] {
  const byKey = new Map<string, { archived?: AuditEntry; created?: AuditEntry }>()
  for (const e of entries) {
    const key = e === main ? undefined : replacementKey(e, records)
    if (!key) continue
    const pair = byKey.get(key) ?? {}
    if (e.action === 'archive') pair.archived = e
    else pair.created = e
    byKey.set(key, pair)
  }
  const parts: ActionPart[] = []
  for (const e of entries) {
    if (e === main) continue
    const pair = byKey.get(replacementKey(e, records) ?? '')
    if (pair?.archived && pair.created) {
      if (e !== pair.created) continue
      parts.push({
        action: t('audit.actions.replace'),
        record: entryRecord(t, pair.created, records),
        lines: replacementLines(t, pair.archived, pair.created, records),
      })
      continue
    }
    parts.push({
      action: actionWord(t, e),
      record: entryRecord(t, e, records),
      lines: changeLines(t, e, records),
    })
  }
  return parts
}

/** One user action (its entries in the order written) as a headline with its parts. */
export function actionView(t: TFunction, entries: readonly AuditEntry[], records: RecordLookup): ActionView {
  const main = entries[mainIndex(entries)]
  const action = actionWord(t, main)
  const record = entryRecord(t, main, records)
  const lines = changeLines(t, main, records)
  const parts: ActionPart[] = []
  for (const part of actionParts(t, entries, main, records)) {
    // Several settings saved at once read as one record's lines.
    if (part.action === action && part.record === record) lines.push(...part.lines)
    else parts.push(part)
  }
  return { id: entries[0].id, at: main.at, actorName: main.actorName, action, record, lines, parts }
}
