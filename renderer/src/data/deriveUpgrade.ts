/**
 * Schema upgrades that bring a new derived field: every record of a table
 * whose derivation reads other records (related tables or its parent:
 * deriveLinks.ts) is worked out once, from its stored children, related
 * rows and parent, as the unit of work keeps it
 * from then on. Derived values are bookkeeping (never logged or synced), so
 * writing them inside `upgrade()` makes no op.
 */
import type { Dexie, Transaction } from 'dexie'
import { PARENT_ROW } from '@shared/procedures/kit/tableSpec'
import { childIdField, derivedMoved, parentOf, relatedDerivers } from '@shared/tables/deriveLinks'
import { type SyncedTable, tableSpecs } from '@shared/tables/tableSpecs'
import { liveRows } from '@shared/types/records'
import { flagTransaction } from './guardMiddleware'

type Row = Record<string, unknown>

async function byOwner(tx: Transaction, table: string, field: string): Promise<Map<string, Row[]>> {
  const out = new Map<string, Row[]>()
  for (const row of liveRows((await tx.table(table).toArray()) as Row[])) {
    const id = row[field] as string
    const list = out.get(id)
    if (list) list.push(row)
    else out.set(id, [row])
  }
  return out
}

export async function deriveRelatedFields(tx: Transaction): Promise<void> {
  flagTransaction(tx.idbtrans, 'maintenance')
  // An upgrade from an old schema runs each version's step in turn: a table a later version adds is
  // not there yet, and a derivation reading it waits for the version that brings it (it derives again).
  const stores = tx.idbtrans.objectStoreNames
  for (const table of relatedDerivers) {
    const derive = tableSpecs[table as SyncedTable].derive
    if (!derive) continue
    const reads = [table, ...(derive.children ? [derive.children] : []), ...Object.keys(derive.related ?? {})]
    if (!reads.every((t) => stores.contains(t))) continue
    const by = childIdField(table)
    const children = derive.children && by ? await byOwner(tx, derive.children, by) : new Map<string, Row[]>()
    const related = await Promise.all(
      Object.entries(derive.related ?? {}).map(async ([t, f]) => [t, await byOwner(tx, t, f)] as const),
    )
    const parents = new Map<string, Row>()
    for (const t of derive.parentReads?.tables ?? [])
      for (const row of (await tx.table(t).toArray()) as Row[])
        parents.set(`${t}\u0000${String(row.id)}`, row)
    const rows = (await tx.table(table).toArray()) as Row[]
    const derived = rows.flatMap((row) => {
      const id = row.id as string
      const own = (children.get(id) ?? []).sort((a, b) => Number(a.position ?? 0) - Number(b.position ?? 0))
      const rel: Record<string, readonly Row[]> = Object.fromEntries(
        related.map(([t, m]) => [t, m.get(id) ?? []]),
      )
      const parent = parentOf(table, row)
      const parentRow = parent && parents.get(parent.join('\u0000'))
      if (parentRow) rel[PARENT_ROW] = [parentRow]
      const values = derive.compute(row, own, undefined, rel)
      // Only what moved is written again.
      return derivedMoved(row, values) ? [{ ...row, ...values }] : []
    })
    if (derived.length > 0) await tx.table(table).bulkPut(derived)
  }
}

/**
 * After a restore: records from a backup or an archive package made before
 * a derived field existed get it, as the schema upgrade gives it to what a
 * PC stored before (what was made since holds it already, and is left as is).
 */
export async function deriveRestored(db: Dexie): Promise<void> {
  await db.transaction('rw', db.tables, (tx) => deriveRelatedFields(tx))
}
