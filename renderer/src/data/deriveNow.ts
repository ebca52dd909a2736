/**
 * A record's derived fields worked out again from its children and related
 * rows, in the caller's transaction, as its table spec says (DeriveSpec):
 * what a repository does after writing the children, and what sync does on
 * apply (sync/deriveAfterApply.ts) — the same `compute`, so every PC holds
 * the same values.
 */
import { PARENT_ROW } from '@shared/procedures/kit/tableSpec'
import { childIdField, derivedMoved, parentOf } from '@shared/tables/deriveLinks'
import { type SyncedTable, tableSpecs } from '@shared/tables/tableSpecs'
import { liveRows } from '@shared/types/records'
import type { DeskDb } from './db'

type Row = Record<string, unknown>

/** What deriving needs of the unit of work's writer (unitOfWork.ts, which calls this at the end of an action). */
export interface DerivingWriter {
  get(table: SyncedTable, id: string): Promise<unknown>
  setDerived(table: SyncedTable, id: string, values: never): Promise<void>
}

async function naming(db: DeskDb, table: string, field: string, id: string): Promise<Row[]> {
  return liveRows((await db.table(table).where(field).equals(id).toArray()) as Row[])
}

/** The derived values of `table`'s record `id` from its live children and related rows, as sync works them out. */
export async function derivedValues(db: DeskDb, table: SyncedTable, row: Row): Promise<Row | undefined> {
  const derive = tableSpecs[table].derive
  if (!derive) return undefined
  const id = row.id as string
  const by = childIdField(table)
  const relatedTables = Object.entries(derive.related ?? {})
  const parent = parentOf(table, row)
  const [children, parentRow, ...relatedRows] = await Promise.all([
    derive.children && by ? naming(db, derive.children, by, id) : [],
    parent ? (db.table(parent[0]).get(parent[1]) as Promise<Row | undefined>) : undefined,
    ...relatedTables.map(([t, field]) => naming(db, t, field, id)),
  ])
  children.sort((a, b) => Number(a.position ?? 0) - Number(b.position ?? 0))
  const related = Object.fromEntries(relatedTables.map(([t], i) => [t, relatedRows[i]]))
  if (parentRow) related[PARENT_ROW] = [parentRow]
  return derive.compute(row, children, undefined, related)
}

/** Stores the record's derived values when they moved (no op, no log: every PC works them out). */
export async function deriveNow(
  w: DerivingWriter,
  db: DeskDb,
  table: SyncedTable,
  id: string,
): Promise<void> {
  const row = (await w.get(table, id)) as Row | undefined
  if (row) await deriveStored(w, db, table, row)
}

/** deriveNow of a record already read in the caller's transaction. */
export async function deriveStored(
  w: DerivingWriter,
  db: DeskDb,
  table: SyncedTable,
  row: Row,
): Promise<void> {
  const values = await derivedValues(db, table, row)
  if (values && derivedMoved(row, values)) await w.setDerived(table, row.id as string, values as never)
}
