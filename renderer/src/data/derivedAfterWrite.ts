/**
 * Derived values that read other records (DeriveSpec.related, parentReads,
 * reads: a contract's shipping state, a milestone's owedOn), kept by the
 * unit of work: while an action writes, the records its rows bear on are
 * noted; at its end each is worked out again once, in the same transaction.
 * A repository that changes such a record's children derives it itself
 * (deriveNow), as for totals.
 */
import {
  type ChildReader,
  childReadersOf,
  relatedDerivers,
  relatedReadersOf,
  touchesDerivation,
} from '@shared/tables/deriveLinks'
import type { SyncedTable } from '@shared/tables/tableSpecs'
import type { DeskDb } from './db'
import { type DerivingWriter, deriveStored } from './deriveNow'

type Row = Record<string, unknown>

export class DerivedAfterWrite {
  /** Records to work out again, by `table\0id`. */
  private readonly bearing = new Map<string, [SyncedTable, string]>()
  /** Parents changed in a field their children's derivation reads: the children are found at the end. */
  private readonly parentsChanged = new Map<string, { child: ChildReader; parent: string; id: string }>()

  private note(table: SyncedTable, id: string): void {
    this.bearing.set(`${table}\u0000${id}`, [table, id])
  }

  /** A row written (`isNew`: made by this action): itself when new, and the records reading it as a related row. */
  written(table: SyncedTable, row: Row, isNew: boolean): void {
    if (isNew && relatedDerivers.has(table)) this.note(table, row.id as string)
    for (const [t, id] of relatedReadersOf(table, row)) this.note(t as SyncedTable, id)
  }

  /** Fields of an existing record changed: itself when its derivation reads them, its children when theirs do. */
  changed(table: SyncedTable, id: string, fields: readonly string[]): void {
    for (const child of childReadersOf(table, fields))
      this.parentsChanged.set(`${child.table}\u0000${id}`, { child, parent: table, id })
    if (touchesDerivation(table, fields)) this.note(table, id)
  }

  /** Works every noted record out again; one read per table (an import of 10,000 products asks after as many stock rows, mostly none). */
  async run(w: DerivingWriter, db: DeskDb): Promise<void> {
    for (const { child, parent, id } of this.parentsChanged.values()) {
      const { link } = child
      const kids = (await db.table(child.table).where(link.idField).equals(id).toArray()) as Row[]
      for (const kid of kids)
        if ('is' in link.table || kid[link.table.field] === parent)
          this.note(child.table as SyncedTable, kid.id as string)
    }
    const byTable = new Map<SyncedTable, string[]>()
    for (const [t, id] of this.bearing.values()) {
      const ids = byTable.get(t)
      if (ids) ids.push(id)
      else byTable.set(t, [id])
    }
    for (const [t, ids] of byTable) {
      const rows = (await db.table(t).bulkGet(ids)) as (Row | undefined)[]
      for (const row of rows) if (row) await deriveStored(w, db, t, row)
    }
  }
}
