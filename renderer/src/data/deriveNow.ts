/**
 * A record's derived fields worked out again from its children, in the
 * caller's transaction, as its table spec says (DeriveSpec): what a
 * repository does after writing the children, and what sync does on apply
 * (sync/deriveAfterApply.ts) — the same `compute`, so every PC holds the
 * same values.
 */
import { type SyncedTable, tableSpecs } from '@shared/tables/tableSpecs'
import { liveRows } from '@shared/types/records'
import type { DeskDb } from './db'
import type { Writer } from './unitOfWork'

type Row = Record<string, unknown>

/** The field of the child table naming the parent (DeriveSpec.childIdField, or the child's parent link). */
function childIdField(table: SyncedTable): string | undefined {
  const derive = tableSpecs[table].derive
  if (!derive?.children) return undefined
  return derive.childIdField ?? tableSpecs[derive.children as SyncedTable]?.parent?.idField
}

/** The derived values of `table`'s record `id` from its live children, as sync works them out. */
export async function derivedValues(db: DeskDb, table: SyncedTable, row: Row): Promise<Row | undefined> {
  const derive = tableSpecs[table].derive
  if (!derive) return undefined
  const by = childIdField(table)
  const children =
    derive.children && by
      ? liveRows(
          (await db
            .table(derive.children)
            .where(by)
            .equals(row.id as string)
            .toArray()) as Row[],
        )
      : []
  children.sort((a, b) => Number(a.position ?? 0) - Number(b.position ?? 0))
  return derive.compute(row, children, undefined)
}

/** Stores the record's derived values when they moved (no op, no log: every PC works them out). */
export async function deriveNow(w: Writer, db: DeskDb, table: SyncedTable, id: string): Promise<void> {
  const row = (await w.get(table, id)) as Row | undefined
  if (!row) return
  const values = await derivedValues(db, table, row)
  if (values && Object.entries(values).some(([f, v]) => row[f] !== v))
    await w.setDerived(table, id, values as never)
}
