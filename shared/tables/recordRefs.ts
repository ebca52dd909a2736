/**
 * Which other records a record points to, from the table registry: a
 * field's `refs` entry (a contract's customer, a scan's attachment), or the
 * child's parent link. The audit log reads these to name the records an
 * entry mentions instead of showing their ids.
 */
import type { RefTarget } from '../procedures/kit/tableSpec'
import { type SyncedTable, tableSpecs } from './tableSpecs'

type Row = Readonly<Record<string, unknown>>

/** A record by table and id. */
export interface RecordRef {
  table: string
  id: string
}

function specOf(table: string) {
  return Object.hasOwn(tableSpecs, table) ? tableSpecs[table as SyncedTable] : undefined
}

function targetTable(target: RefTarget | { is: string }, row: Row | undefined): string | undefined {
  if (typeof target === 'string') return target
  if ('is' in target) return target.is
  const table = row?.[target.field]
  return typeof table === 'string' && table !== '' ? table : undefined
}

/**
 * The table whose record a field of `table` holds the id of, or undefined
 * when the field holds no id. `row` gives the field naming the table when
 * the target depends on it (a line's parent is a quotation or a contract).
 */
export function refTableOf(table: string, field: string, row: Row | undefined): string | undefined {
  const spec = specOf(table)
  if (!spec) return undefined
  const target = spec.refs?.[field]
  if (target) return targetTable(target, row)
  if (spec.parent?.idField === field) return targetTable(spec.parent.table, row)
  return undefined
}

/** The record a child row belongs to (a line's contract, a contact's customer), if it is a child. */
export function parentOf(table: string, row: Row | undefined): RecordRef | undefined {
  const link = specOf(table)?.parent
  if (!link || !row) return undefined
  const parentTable = targetTable(link.table, row)
  const id = row[link.idField]
  return parentTable && typeof id === 'string' && id !== '' ? { table: parentTable, id } : undefined
}

/** The fields of a child that name its parent: said by naming the parent, never listed. */
export function parentLinkFields(table: string): readonly string[] {
  const link = specOf(table)?.parent
  if (!link) return []
  return 'field' in link.table ? [link.table.field, link.idField] : [link.idField]
}

/** Whether `table` is a table of the registry (not the audit log's `system` or a device fact). */
export function isSyncedTable(table: string): table is SyncedTable {
  return specOf(table) !== undefined
}
