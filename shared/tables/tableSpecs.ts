/**
 * The table registry: one spec for every synced table (edit right, derived
 * fields, field groups, name, value words), from the core tables, the
 * archives and each procedure of the registry. `SyncedRows` is built from
 * the same specs, so a synced table without a spec cannot exist: it fails
 * the type check.
 */
import type { ArchiveRows } from '../masterData/archiveRecords'
import { archiveTableSpecs } from '../masterData/archiveTables'
import { type Procedure, procedures } from '../procedures'
import type { AnyTableSpec, ProcedureDef } from '../procedures/kit/defineProcedure'
import { joinDerives, type RowOfSpec } from '../procedures/kit/tableSpec'
import { bookkeepingFields } from '../types/records'
import { coreTables } from './coreTables'

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never
type RowsOf<T> = { [K in keyof T]: RowOfSpec<T[K]> }

/** Every synced table's row type, by table name. */
export type SyncedRows = RowsOf<typeof coreTables> &
  ArchiveRows &
  UnionToIntersection<RowsOf<Procedure['tables']>>
export type SyncedTable = keyof SyncedRows & string

const { attachments, ...core } = coreTables

const declared: Record<string, AnyTableSpec> = Object.assign(
  {},
  core,
  archiveTableSpecs,
  { attachments },
  ...procedures.map((p) => p.tables),
)
// What a procedure keeps on another's table joins that table's own derivation.
for (const p of procedures as readonly ProcedureDef[])
  for (const [table, kept] of Object.entries(p.keepsOn ?? {})) {
    const spec = declared[table]
    if (!spec) throw new Error(`${p.id} keeps derived fields on ${table}, which has no spec`)
    declared[table] = { ...spec, derive: joinDerives(spec.derive, kept) }
  }

export const tableSpecs = declared as Readonly<Record<SyncedTable, AnyTableSpec>>

/** The synced tables, core first, then the archives, then each procedure's. */
export const syncedTableNames = Object.keys(tableSpecs) as SyncedTable[]

const untracked = new Map<string, ReadonlySet<string>>(
  Object.entries(tableSpecs).map(([table, spec]) => [
    table,
    new Set<string>([...bookkeepingFields, ...(spec.derive?.fields ?? [])]),
  ]),
)
const recordBookkeeping: ReadonlySet<string> = new Set(bookkeepingFields)

/**
 * Fields of a table that sync and audit never carry: every record's
 * bookkeeping, and the table's own derived fields (each PC works them out).
 */
export function untrackedFields(table: string): ReadonlySet<string> {
  return untracked.get(table) ?? recordBookkeeping
}

/** A table's derived fields (stored, recomputed on every PC, never logged). */
export function isDerivedField(table: string, field: string): boolean {
  return !recordBookkeeping.has(field) && untrackedFields(table).has(field)
}

const maxFields: ReadonlySet<string> = new Set(
  Object.entries(tableSpecs).flatMap(([table, spec]) =>
    (spec.mergeMax ?? []).map((f) => `${table}\u0000${f}`),
  ),
)

/** Whether a field merges as the highest value seen (a counter), not as the last writer's (TableSpec.mergeMax). */
export function mergesAsMax(table: string, field: string): boolean {
  return maxFields.has(`${table}\u0000${field}`)
}
