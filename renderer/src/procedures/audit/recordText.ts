/**
 * A record in the department's words, for every table alike, from the table
 * registry (shared/tables/tableSpecs.ts): the table's name, the record's
 * name (合同 HT-202612-0001 的明细「控制柜」), a field's label and a value as
 * the screens show it, ids of other records as those records' names. The
 * audit log, 变更记录 and the sync conflicts read these; none of them names
 * a table.
 */
import type { TFunction } from 'i18next'
import dayjs from 'dayjs'
import type { RequiredApproval } from '@shared/approvals/approvalRules'
import { formatFen } from '@shared/kernel/money'
import type { FrozenLine } from '@shared/procedures/contracts/records'
import { parentOf, refTableOf } from '@shared/tables/recordRefs'
import { type SyncedTable, tableSpecs } from '@shared/tables/tableSpecs'
import { cellText } from '../archives/labels'
import { ruleText } from '../contracts/shared/ruleText'

type Row = Readonly<Record<string, unknown>>

/** The records a page has read, by table and id (auditQueries.ts readAuditRecords). */
export interface RecordLookup {
  get(table: string, id: string): Row | undefined
}

/** What a value is read with: the records it may name, and the row it belongs to. */
export interface ValueContext {
  records: RecordLookup
  /** The values of the record the field is on (a line's `parentTable` tells what `parentId` names). */
  row?: Row
}

/** The spec of a synced table, or undefined for a name that is none (the audit log's `system`). */
function specOf(table: string) {
  return Object.hasOwn(tableSpecs, table) ? tableSpecs[table as SyncedTable] : undefined
}

/** A table's name: its spec's one word for it. */
export function tableName(t: TFunction, table: string): string {
  return t(specOf(table)?.nameKey ?? `tables.${table}`, { defaultValue: table })
}

/**
 * The record as a clerk names it (合同号, 名称, 账号); its id only when it has
 * no name. With `t`, a name field whose values are codes reads as their
 * word (a payment milestone: 预付款); without, such a field is passed over.
 */
export function recordName(
  table: string,
  row: Readonly<Record<string, unknown>> | undefined,
  id: string,
  t?: TFunction,
): string {
  const spec = specOf(table)
  for (const key of spec?.nameFields ?? []) {
    const v = row?.[key]
    if (typeof v !== 'string' || !v.trim()) continue
    const words = spec?.valueWords?.[key]
    if (!words) return v
    if (t) return t(`${words}.${v}`, { defaultValue: v })
  }
  const rowLabel = spec?.rowLabels?.[id]
  if (t && rowLabel) return t(rowLabel)
  return id
}

/** How a record of `table` is called in a sentence (合同, 客户): `audit.nouns`, else the table's name. */
export function noun(t: TFunction, table: string): string {
  return t(`audit.nouns.${table}`, { defaultValue: tableName(t, table) })
}

/** How a child of `table` is called after its parent (的明细, 的联系人). */
function childNoun(t: TFunction, table: string): string {
  return t(`audit.childNouns.${table}`, { defaultValue: noun(t, table) })
}

/**
 * The record named as the screens would name it: 合同 HT-202612-0001;
 * a child row with its parent, 合同 HT-202612-0001 的明细「控制柜」; a setting
 * by its label. `values`: what is known of the row when it cannot be read
 * (the values its create wrote).
 */
export function recordPhrase(
  t: TFunction,
  table: string,
  id: string,
  records: RecordLookup,
  values?: Row,
  depth = 0,
): string {
  const spec = specOf(table)
  // The log's own entries (a backup, an archive export) are named by their id: a file or package name.
  if (!spec) {
    const name = /^\w+$/.test(id) ? t(`audit.records.${id}`, { defaultValue: id }) : id
    return name ? `${tableName(t, table)} ${name}` : tableName(t, table)
  }
  const row = records.get(table, id) ?? values
  const name =
    row === undefined && !spec.rowLabels?.[id] ? t('audit.unknownRecord') : recordName(table, row, id, t)
  const parent = depth < 3 ? parentOf(table, row) : undefined
  if (parent)
    return t('audit.childPhrase', {
      parent: recordPhrase(t, parent.table, parent.id, records, undefined, depth + 1),
      child: childNoun(t, table),
      name,
    })
  if (spec.rowLabels) return t('audit.settingPhrase', { table: tableName(t, table), name })
  return `${noun(t, table)} ${name}`
}

/** Fields the app itself writes on any table (logins, the system's own entries). */
const systemLabels: Record<string, string> = {
  sha256: 'audit.fields.sha256',
  bytes: 'audit.fields.bytes',
  account: 'user.account',
  deviceId: 'audit.fields.deviceId',
  pcIndex: 'pcNumbering.pcIndex',
  pcPrefix: 'pcNumbering.pcPrefix',
  tables: 'audit.fields.tables',
  // 从共享重建本机数据 (sync/rebuildFromShare.ts)
  records: 'sync.divergence.fields.records',
  kept: 'sync.divergence.fields.kept',
  snapshotFrom: 'sync.divergence.fields.snapshotFrom',
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

/** A frozen line as the change agreement lists it: 品名 规格 × 数量. */
function lineText(l: Partial<FrozenLine>): string {
  return [l.name, l.spec].filter(Boolean).join(' ') + (l.qty !== undefined ? ` × ${l.qty}` : '')
}

/** Values whose words are not a key per value: lists of clauses, of required approvals, of lines. */
function listText(t: TFunction, field: string, v: readonly unknown[]): string | null {
  if (field === 'clauses') return v.map((c) => (c as { title?: string }).title ?? '').join('、')
  if (field === 'requiredApprovals') return v.map((r) => ruleText(t, r as RequiredApproval)).join('；')
  if (field === 'linesBefore') return v.map((l) => lineText(l as Partial<FrozenLine>)).join('；')
  return null
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/
/** A date entered without a time (a paper approval's signing day) is stored at midnight UTC. */
const DATE_ONLY = /^(\d{4}-\d{2}-\d{2})T00:00:00(\.000)?Z$/

/** A stored time as a person reads it: YYYY-MM-DD HH:mm in this PC's zone; a date alone as the date. */
export function timeText(iso: string): string {
  const dateOnly = DATE_ONLY.exec(iso)
  if (dateOnly) return dateOnly[1]
  return dayjs(iso).format('YYYY-MM-DD HH:mm')
}

/** Another record named by its id: its name, or a word saying it is not on this PC. */
function refText(t: TFunction, table: string, id: string, records: RecordLookup): string {
  const row = records.get(table, id)
  return row ? recordName(table, row, id, t) : t('audit.unknownRecord')
}

/**
 * A value as the screens show it: 选项名, ¥1,280.00, 13%, a step's name, 是/否,
 * 第 2 步, a date, another record's name; '—' when empty.
 */
export function valueText(
  t: TFunction,
  table: string,
  field: string,
  v: unknown,
  ctx?: ValueContext,
): string {
  if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) return '—'
  const spec = specOf(table)
  const refTable = ctx && typeof v === 'string' ? refTableOf(table, field, ctx.row) : undefined
  if (refTable && ctx && typeof v === 'string') return refText(t, refTable, v, ctx.records)
  const fieldSpec = spec?.fieldSpecs?.find((f) => f.key === field)
  if (fieldSpec && fieldSpec.kind !== 'ref') return cellText(t, fieldSpec, v) || '—'
  const words = spec?.valueWords?.[field]
  if (words && Array.isArray(v)) return v.map((x) => t(`${words}.${String(x)}`)).join('、')
  if (words) return t(`${words}.${String(v)}`, { defaultValue: String(v) })
  const format = spec?.valueFormats?.[field]
  if (format && typeof v === 'number') return t(format, { n: v })
  // Money is integer fen and rates are basis points wherever they are stored (ARCHITECTURE.md "Data").
  if (field.endsWith('Fen') && typeof v === 'number') return formatFen(v)
  if (field.endsWith('Bp') && typeof v === 'number') return `${v / 100}%`
  if (field === 'language') return v === 'en' ? 'English' : '简体中文'
  if (Array.isArray(v)) return listText(t, field, v) ?? JSON.stringify(v)
  if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no')
  if (typeof v === 'string' && ISO_TIME.test(v)) return timeText(v)
  return typeof v === 'object' ? JSON.stringify(v) : String(v)
}
