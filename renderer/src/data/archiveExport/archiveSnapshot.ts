/**
 * Counts and content hashes per table, the proof that a restore rebuilt what
 * was archived: computed from the database before the export and again after
 * a restore, with the same pure function (shared/archive/tableHash.ts).
 * `_meta` is this PC's own identity and numbering block; a restore keeps the
 * local one, so it is neither archived for comparison nor restored.
 */
import { tableHash } from '@shared/archive/tableHash'
import type { DeskDb } from '../db'

export const LOCAL_ONLY_TABLES: readonly string[] = ['_meta']

export interface TableSnapshot {
  counts: Record<string, number>
  tableHashes: Record<string, string>
}

export async function snapshotTables(db: DeskDb): Promise<TableSnapshot> {
  const tables = db.tables.filter((t) => !LOCAL_ONLY_TABLES.includes(t.name))
  // One read transaction: every table as of the same moment.
  const rows = await db.transaction('r', tables, () =>
    Promise.all(tables.map((t) => t.toArray() as Promise<Record<string, unknown>[]>)),
  )
  const snapshot: TableSnapshot = { counts: {}, tableHashes: {} }
  tables.forEach((table, i) => {
    snapshot.counts[table.name] = rows[i].length
    snapshot.tableHashes[table.name] = tableHash(rows[i], table.schema.primKey.src)
  })
  return snapshot
}

/** The tables whose count or hash differ between two snapshots (the archived one first). */
export function differingTables(archived: TableSnapshot, restored: TableSnapshot): string[] {
  const names = new Set([...Object.keys(archived.counts), ...Object.keys(restored.counts)])
  return [...names]
    .filter(
      (name) =>
        archived.counts[name] !== restored.counts[name] ||
        archived.tableHashes[name] !== restored.tableHashes[name],
    )
    .sort()
}
