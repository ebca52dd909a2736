/**
 * Duplicate business keys (TableSpec.uniqueKeys; SYNC.md "Joining, keys and
 * numbers"): live records of one table sharing a key's value, flagged on
 * every PC, never merged by themselves. Worked out from each key's index:
 * every write of a keyed record (a user's, or another PC's through sync)
 * queues its id in the same transaction (`_dupQueue`), and `refreshDuplicates`
 * looks up only those records' values, so 100,000 records are never read
 * to find two that share a number. A table is walked whole (its index's
 * keys, not its records) only when it is new to this (a schema upgrade, a
 * PC filled from a snapshot) or when most of it was written at once.
 */
import { canonicalJson } from '@shared/kernel/canonicalJson'
import {
  type BusinessKey,
  keyValue,
  keyValueText,
  keyedTables,
  keysOf,
  touchesKey,
} from '@shared/tables/businessKeys'
import type { KeptDuplicateRecord } from '@shared/types/records'
import type { DeskDb } from './db'
import { flagTransaction } from './guardMiddleware'
import type { DuplicateRow } from './syncRows'

type Row = Record<string, unknown>
type KeyValue = string | string[]

/** Above this share of a table's records queued at once, its index is walked instead. */
const WALK_SHARE = 0.125

export const duplicateId = (t: string, key: string, value: KeyValue): string =>
  `${t}\u0000${key}\u0000${canonicalJson(value)}`

/**
 * Queues records of a keyed table written in the caller's transaction
 * (which holds `_dupQueue`); nothing for a table without a business key.
 */
export function queueKeyed(db: DeskDb, t: string, ids: readonly string[]): Promise<unknown> | undefined {
  if (keysOf(t).length === 0 || ids.length === 0) return undefined
  return db._dupQueue.add({ t, ids: [...ids] })
}

/** Notes a merged record of a keyed table whose key or 停用 may have changed (`fields`: what changed; 'all' for a new row). */
export function noteKeyed(
  into: Map<string, Set<string>>,
  t: string,
  id: string,
  fields: Iterable<string> | 'all',
): void {
  if (keysOf(t).length === 0) return
  if (fields !== 'all' && !touchesKey(t, fields)) return
  let ids = into.get(t)
  if (!ids) into.set(t, (ids = new Set()))
  ids.add(id)
}

/** Queues noted records, one row per table. */
export async function queueNoted(db: DeskDb, noted: ReadonlyMap<string, ReadonlySet<string>>): Promise<void> {
  await Promise.all([...noted].map(([t, ids]) => queueKeyed(db, t, [...ids])))
}

/** The live records holding `value` under `key`: one read of its index. */
async function holders(db: DeskDb, key: BusinessKey, value: KeyValue): Promise<Row[]> {
  const rows = (await db.table(key.table).where(key.index).equals(value).toArray()) as Row[]
  return rows.filter((r) => !r.deletedAt)
}

function groupOf(key: BusinessKey, value: KeyValue, rows: readonly Row[]): DuplicateRow {
  return {
    id: duplicateId(key.table, key.name, value),
    t: key.table,
    key: key.name,
    value,
    ids: rows.map((r) => r.id as string).sort(),
  }
}

/** Works out again the values these records hold or held (groups naming them). */
async function recheck(db: DeskDb, t: string, ids: readonly string[]): Promise<void> {
  const keys = keysOf(t)
  const [rows, named] = await Promise.all([
    db.table(t).bulkGet([...ids]) as Promise<(Row | undefined)[]>,
    db._duplicates
      .where('ids')
      .anyOf([...ids])
      .toArray(),
  ])
  const values = new Map<string, { key: BusinessKey; value: KeyValue }>()
  for (const row of rows) {
    if (!row || row.deletedAt) continue
    for (const key of keys) {
      const value = keyValue(key, row)
      if (value !== null) values.set(duplicateId(t, key.name, value), { key, value })
    }
  }
  for (const g of named) {
    const key = keys.find((k) => k.name === g.key)
    if (key) values.set(g.id, { key, value: g.value })
    else await db._duplicates.delete(g.id)
  }
  await Promise.all(
    [...values].map(async ([id, { key, value }]) => {
      const found = await holders(db, key, value)
      if (found.length > 1) await db._duplicates.put(groupOf(key, value, found))
      else await db._duplicates.delete(id)
    }),
  )
}

/** Walks a whole table's key indexes (keys only): runs of one value are the candidates. */
async function walk(db: DeskDb, t: string): Promise<void> {
  const groups: DuplicateRow[] = []
  for (const key of keysOf(t)) {
    const runs = new Map<string, { value: KeyValue; ids: string[] }>()
    let last = ''
    let run: { value: KeyValue; ids: string[] } | null = null
    await db
      .table(t)
      .orderBy(key.index)
      .eachKey((k, cursor) => {
        const text = canonicalJson(k)
        if (text !== last || !run) {
          last = text
          run = { value: k as KeyValue, ids: [] }
          runs.set(text, run)
        }
        run.ids.push(cursor.primaryKey as string)
      })
    for (const { value, ids } of runs.values()) {
      if (ids.length < 2 || keyValue(key, valuesOf(key, value)) === null) continue
      const rows = ((await db.table(t).bulkGet(ids)) as (Row | undefined)[]).filter(
        (r): r is Row => r !== undefined && !r.deletedAt,
      )
      if (rows.length > 1) groups.push(groupOf(key, value, rows))
    }
  }
  await db._duplicates.where('t').equals(t).delete()
  if (groups.length) await db._duplicates.bulkPut(groups)
}

/** A key's index value as the fields of a row (to ask keyValue whether it is empty). */
function valuesOf(key: BusinessKey, value: KeyValue): Row {
  const list = Array.isArray(value) ? value : [value]
  return Object.fromEntries(key.fields.map((f, i) => [f, list[i]]))
}

/**
 * Brings `_duplicates` up to date with the records written since it was
 * last worked out. Cheap when nothing was: one count.
 */
export async function refreshDuplicates(db: DeskDb): Promise<void> {
  if ((await db._dupQueue.count()) === 0) return
  await db.transaction('rw', [...keyedTables, '_duplicates', '_dupQueue'], async (tx) => {
    flagTransaction(tx.idbtrans, 'sync')
    const queued = await db._dupQueue.toArray()
    const whole = new Set<string>()
    const byTable = new Map<string, Set<string>>()
    for (const q of queued) {
      if (q.ids === null) {
        whole.add(q.t)
        continue
      }
      let ids = byTable.get(q.t)
      if (!ids) byTable.set(q.t, (ids = new Set()))
      for (const id of q.ids) ids.add(id)
    }
    for (const [t, ids] of byTable)
      if (!whole.has(t) && ids.size > 64 && ids.size >= (await db.table(t).count()) * WALK_SHARE) whole.add(t)
    for (const t of whole) if (keysOf(t).length) await walk(db, t)
    for (const [t, ids] of byTable) if (!whole.has(t)) await recheck(db, t, [...ids])
    await db._dupQueue.bulkDelete(queued.map((q) => q.seq as number))
  })
}

/** Records shown as one duplicate: the key, its value and the live records holding it. */
export interface DuplicateGroup {
  id: string
  t: string
  key: BusinessKey
  value: KeyValue
  /** As the page shows it. */
  valueText: string
  rows: Row[]
}

/** Whether a "keep both" decision covers every one of these records. */
function kept(
  decisions: readonly KeptDuplicateRecord[],
  g: Pick<DuplicateRow, 't' | 'key' | 'ids'>,
): boolean {
  return decisions.some(
    (d) => d.subject === g.t && d.key === g.key && g.ids.every((id) => d.recordIds.includes(id)),
  )
}

async function liveDecisions(db: DeskDb): Promise<KeptDuplicateRecord[]> {
  return (await db.keptDuplicates.toArray()).filter((d) => !d.deletedAt)
}

/**
 * The duplicates as last worked out, minus those a person chose to keep
 * (read only: a live query may call it; refreshDuplicates first brings them
 * up to date). In registry order, then by value: the same on every PC.
 */
export async function readDuplicates(db: DeskDb): Promise<DuplicateGroup[]> {
  const [groups, decisions] = await Promise.all([db._duplicates.toArray(), liveDecisions(db)])
  const order = new Map<string, number>(keyedTables.map((t, i) => [t, i]))
  const out: DuplicateGroup[] = []
  for (const g of groups) {
    const key = keysOf(g.t).find((k) => k.name === g.key)
    if (!key || kept(decisions, g)) continue
    const rows = ((await db.table(g.t).bulkGet(g.ids)) as (Row | undefined)[]).filter(
      (r): r is Row => r !== undefined,
    )
    out.push({ id: g.id, t: g.t, key, value: g.value, valueText: keyValueText(g.value), rows })
  }
  return out.sort((a, b) => (order.get(a.t) ?? 0) - (order.get(b.t) ?? 0) || a.id.localeCompare(b.id))
}

/** Brings the duplicates up to date, then lists them. */
export async function listDuplicates(db: DeskDb): Promise<DuplicateGroup[]> {
  await refreshDuplicates(db)
  return readDuplicates(db)
}

/**
 * The duplicates one record is part of, from its keys' indexes directly (a
 * record page's warning: current even before the list is worked out again).
 */
export async function duplicatesOfRecord(db: DeskDb, t: string, id: string): Promise<DuplicateGroup[]> {
  const keys = keysOf(t)
  if (keys.length === 0) return []
  const row = (await db.table(t).get(id)) as Row | undefined
  if (!row || row.deletedAt) return []
  const decisions = await liveDecisions(db)
  const out: DuplicateGroup[] = []
  for (const key of keys) {
    const value = keyValue(key, row)
    if (value === null) continue
    const rows = await holders(db, key, value)
    const group = groupOf(key, value, rows)
    if (rows.length > 1 && !kept(decisions, group))
      out.push({ id: group.id, t, key, value, valueText: keyValueText(value), rows })
  }
  return out
}
