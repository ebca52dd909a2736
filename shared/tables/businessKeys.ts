/**
 * The business keys of the table registry (TableSpec.uniqueKeys): which
 * fields identify a record of which table, the Dexie index that finds them,
 * and how their value reads. Duplicates are worked out from these indexes
 * (renderer/src/data/duplicates.ts), never by reading a whole table.
 */
import type { DuplicateSettlement } from '../procedures/kit/tableSpec'
import { type SyncedTable, tableSpecs } from './tableSpecs'

export interface BusinessKey {
  table: SyncedTable
  fields: readonly string[]
  /** The fields joined by '+': the key's name in a duplicate row. */
  name: string
  /** The Dexie index: the field, or `[a+b]`. */
  index: string
  settle: readonly DuplicateSettlement[]
  accepts?: (value: string) => boolean
}

export const businessKeys: readonly BusinessKey[] = Object.entries(tableSpecs).flatMap(([table, spec]) =>
  (spec.uniqueKeys ?? []).map((k) => ({
    table: table as SyncedTable,
    fields: k.fields,
    name: k.fields.join('+'),
    index: k.fields.length === 1 ? k.fields[0] : `[${k.fields.join('+')}]`,
    settle: k.settle,
    ...(k.accepts ? { accepts: k.accepts } : {}),
  })),
)

const byTable = new Map<string, BusinessKey[]>()
for (const k of businessKeys) byTable.set(k.table, [...(byTable.get(k.table) ?? []), k])

/** The business keys of a table (none for most). */
export function keysOf(table: string): readonly BusinessKey[] {
  return byTable.get(table) ?? []
}

/** The tables that have a business key, in registry order. */
export const keyedTables: readonly SyncedTable[] = [...new Set(businessKeys.map((k) => k.table))]

/** The key of a table by its name (`number`, `[a+b]`'s `a+b`). */
export function keyNamed(table: string, name: string): BusinessKey | undefined {
  return keysOf(table).find((k) => k.name === name)
}

/**
 * A key's value in a row: the field's value, or the fields' values for
 * several; null when any is empty (empty values never make a duplicate).
 */
export function keyValue(key: BusinessKey, row: Readonly<Record<string, unknown>>): string | string[] | null {
  const values: string[] = []
  for (const f of key.fields) {
    const v = row[f]
    if (typeof v !== 'string' || v.trim() === '') return null
    values.push(v)
  }
  return key.fields.length === 1 ? values[0] : values
}

/** A key's value as one string (a duplicate row's id part and what the page shows). */
export function keyValueText(value: string | readonly string[]): string {
  return typeof value === 'string' ? value : value.join(' / ')
}

/** Whether writing these fields of a row may make or end a duplicate: a key field, or its 停用/恢复. */
export function touchesKey(table: string, fields: Iterable<string>): boolean {
  const keys = keysOf(table)
  if (keys.length === 0) return false
  for (const f of fields) if (f === 'deletedAt' || keys.some((k) => k.fields.includes(f))) return true
  return false
}
