/**
 * Derived fields travel in no op (SYNC.md: bookkeeping is derived on apply):
 * after other PCs' changes are merged, each touched record's search text,
 * follow-up date and totals are worked out again here, from the merged rows,
 * exactly as the repositories work them out when the change is local.
 */
import { groupFields } from '@shared/sync/fieldGroups'
import { type DeriveSpec, PARENT_ROW } from '@shared/procedures/kit/tableSpec'
import {
  type ChildReader,
  childIdField,
  childReadersOf,
  derivedMoved,
  derivedReaders,
  parentOf,
  readersOf,
  readParents,
} from '@shared/tables/deriveLinks'
import { tableSpecs } from '@shared/tables/tableSpecs'
import type { DeskDb } from '../data/db'
import { type MergeState, rowKey } from './mergeState'
import { failureText } from './setAside'

/** How each table's derived fields are worked out (its table spec). */
const derives: ReadonlyMap<string, DeriveSpec> = new Map(
  Object.entries(tableSpecs).flatMap(([t, spec]) => (spec.derive ? [[t, spec.derive] as const] : [])),
)

type Row = Record<string, unknown>

/**
 * The records whose derived fields depend on the merged rows: themselves, a
 * line's or contact's parent, or the record a related row names (a
 * shipment's contract), read from the merged row, so no read.
 * `childChanged`: the parents (rowKey) of a merged child.
 */
function dependents(state: MergeState): {
  byTable: Map<string, Set<string>>
  childChanged: Set<string>
  kids: Map<string, string[]>
} {
  const byTable = new Map<string, Set<string>>()
  const childChanged = new Set<string>()
  /** A parent's merged children (rowKey → rowKeys): what else a failed derivation sets aside. */
  const kids = new Map<string, string[]>()
  const add = (t: string, id: string) => {
    let ids = byTable.get(t)
    if (!ids) byTable.set(t, (ids = new Set()))
    ids.add(id)
  }
  for (const k of state.dirtyRows) {
    const [t, r] = k.split('\u0000')
    if (derives.has(t)) add(t, r)
    if (!derivedReaders.has(t)) continue
    const row = state.rows.get(k)
    if (!row) continue
    for (const [parent, parentId] of readersOf(t, row)) {
      add(parent, parentId)
      childChanged.add(rowKey(parent, parentId))
      kids.set(rowKey(parent, parentId), [...(kids.get(rowKey(parent, parentId)) ?? []), k])
    }
  }
  return { byTable, childChanged, kids }
}

/**
 * The stored search text of an archive record none of whose names changed
 * in this batch (not created by it, no contact merged, no pinyin field
 * changed): its pinyin can be kept (archiveSearch.ts).
 */
function searchWithSameNames(
  state: MergeState,
  t: string,
  k: string,
  row: Row,
  childChanged: ReadonlySet<string>,
): string | undefined {
  const names = derives.get(t)?.searchNames
  if (!names || typeof row.search !== 'string' || state.createdRows.has(k) || childChanged.has(k))
    return undefined
  for (const key of state.changedKeys(k))
    if ((groupFields(t, key) ?? [key]).some((f) => names.includes(f))) return undefined
  return row.search
}

/**
 * Stored children of many parents. Many parents are one range read over the
 * parent index (ids are time-ordered, so a segment's are usually close)
 * rather than `anyOf`, which walks a cursor with a round trip per parent.
 */
async function storedChildren(db: DeskDb, table: string, by: string, ids: string[]): Promise<Row[]> {
  if (ids.length <= 32) return (await db.table(table).where(by).anyOf(ids).toArray()) as Row[]
  const sorted = [...ids].sort()
  const wanted = new Set(ids)
  const rows = (await db
    .table(table)
    .where(by)
    .between(sorted[0], sorted[sorted.length - 1], true, true)
    .toArray()) as Row[]
  return rows.filter((r) => wanted.has(r[by] as string))
}

/**
 * Live children of many parents at once, by parent id, in position order:
 * stored ones, overlaid with the versions just merged (not written yet).
 */
async function childrenOf(
  db: DeskDb,
  state: MergeState,
  table: string,
  by: string,
  ids: string[],
): Promise<Map<string, Row[]>> {
  const wanted = new Set(ids)
  const byId = new Map<string, Row>()
  for (const row of await storedChildren(db, table, by, ids)) byId.set(row.id as string, row)
  for (const k of state.dirtyRows) {
    if (!k.startsWith(`${table}\u0000`)) continue
    const row = state.rows.get(k)
    if (row && wanted.has(row[by] as string)) byId.set(row.id as string, row)
  }
  const out = new Map<string, Row[]>()
  for (const row of byId.values()) {
    if (row.deletedAt) continue
    const list = out.get(row[by] as string) ?? []
    list.push(row)
    out.set(row[by] as string, list)
  }
  for (const list of out.values()) list.sort((a, b) => Number(a.position ?? 0) - Number(b.position ?? 0))
  return out
}

/** Derived records handed to the writer at a time (rowWriter.ts). */
const CHUNK = 100

/** Lets the writes already asked for reach IndexedDB (Dexie issues them on a microtask). */
const yieldToWrites = (): Promise<void> => Promise.resolve()

/**
 * Works out the derived fields of every record the merged rows bear on and
 * sets them on the merged rows (a parent not merged is read and joins them),
 * so each record is written once. `final` is told which rows will not change
 * any more: first every merged row no derivation touches, then the derived
 * records a chunk at a time, so they are written while the rest are worked
 * out.
 */
export async function deriveMerged(
  db: DeskDb,
  state: MergeState,
  final: (keys: Iterable<string>) => void,
  /** A record whose values cannot be worked out fails with its merged children (setAside.ts). */
  failures?: Map<string, string>,
): Promise<void> {
  const { byTable, childChanged, kids } = dependents(state)
  await addChildReaders(db, state, byTable)
  final([...state.dirtyRows].filter((k) => !byTable.has(k.slice(0, k.indexOf('\u0000')))))
  await Promise.all(
    [...byTable].map(async ([t, ids]) => {
      const list = [...ids]
      const derive = derives.get(t)
      const childTable = derive?.children
      const by = childIdField(t)
      const relatedTables = Object.entries(derive?.related ?? {})
      const missing = list.filter((id) => !state.rows.get(rowKey(t, id)))
      const [read, children, ...relatedRows] = await Promise.all([
        missing.length ? (db.table(t).bulkGet(missing) as Promise<(Row | undefined)[]>) : [],
        childTable && by ? childrenOf(db, state, childTable, by, list) : new Map<string, Row[]>(),
        ...relatedTables.map(([rt, field]) => childrenOf(db, state, rt, field, list)),
      ])
      const related = relatedTables.map(([rt], i) => [rt, relatedRows[i]] as const)
      read.forEach((row, i) => {
        if (row) state.rows.set(rowKey(t, missing[i]), row)
      })
      const parents = derive?.parentReads ? await parentRows(db, state, t, list) : undefined
      for (let at = 0; at < list.length; at += CHUNK) {
        const keys = list.slice(at, at + CHUNK).map((id) => rowKey(t, id))
        for (const k of keys) {
          try {
            deriveRow(state, t, k, children, related, childChanged, parents)
          } catch (err) {
            if (!failures) throw err
            for (const failed of [k, ...(kids.get(k) ?? [])]) failures.set(failed, failureText(err))
          }
        }
        final(keys)
        await yieldToWrites()
      }
    }),
  )
}

/**
 * The stored children of parents merged with a change to a field their
 * derivation reads (a contract's step, for its milestones' owedOn) join the
 * records to work out.
 */
async function addChildReaders(
  db: DeskDb,
  state: MergeState,
  byTable: Map<string, Set<string>>,
): Promise<void> {
  const wanted = new Map<string, { child: ChildReader; parent: string; ids: string[] }>()
  for (const k of state.dirtyRows) {
    const t = k.slice(0, k.indexOf('\u0000'))
    if (!readParents.has(t)) continue
    const r = k.slice(t.length + 1)
    // A parent made in this batch: its children may have come before it.
    const changed = state.createdRows.has(k) ? undefined : [...state.changedKeys(k)]
    for (const child of childReadersOf(t, changed)) {
      const key = `${child.table}\u0000${t}`
      const entry = wanted.get(key) ?? { child, parent: t, ids: [] }
      entry.ids.push(r)
      wanted.set(key, entry)
    }
  }
  for (const { child, parent, ids } of wanted.values()) {
    const { link } = child
    const kids = await storedChildren(db, child.table, link.idField, ids)
    let set = byTable.get(child.table)
    if (!set) byTable.set(child.table, (set = new Set()))
    for (const kid of kids)
      if ('is' in link.table || kid[link.table.field] === parent) set.add(kid.id as string)
  }
}

/** The parent row (merged, else stored) of each record whose derivation reads its parent. */
async function parentRows(
  db: DeskDb,
  state: MergeState,
  t: string,
  ids: readonly string[],
): Promise<Map<string, Row>> {
  const of = new Map<string, [string, string]>()
  const missing = new Map<string, Set<string>>()
  for (const id of ids) {
    const row = state.rows.get(rowKey(t, id))
    const parent = row && parentOf(t, row)
    if (!parent) continue
    of.set(id, parent)
    if (!state.rows.get(rowKey(...parent)))
      missing.set(parent[0], (missing.get(parent[0]) ?? new Set()).add(parent[1]))
  }
  const stored = new Map<string, Row>()
  for (const [pt, pids] of missing) {
    const list = [...pids]
    const rows = (await db.table(pt).bulkGet(list)) as (Row | undefined)[]
    rows.forEach((row, i) => row && stored.set(rowKey(pt, list[i]), row))
  }
  const out = new Map<string, Row>()
  for (const [id, parent] of of) {
    const row = state.rows.get(rowKey(...parent)) ?? stored.get(rowKey(...parent))
    if (row) out.set(id, row)
  }
  return out
}

/** No related rows: one object for every record whose derivation reads none. */
const NONE: Readonly<Record<string, readonly Row[]>> = Object.freeze({})

function deriveRow(
  state: MergeState,
  t: string,
  k: string,
  children: ReadonlyMap<string, Row[]>,
  related: readonly (readonly [string, ReadonlyMap<string, Row[]>])[],
  childChanged: ReadonlySet<string>,
  parents?: ReadonlyMap<string, Row>,
): void {
  const row = state.rows.get(k)
  const derive = derives.get(t)
  if (!row || !derive) return
  const kept = searchWithSameNames(state, t, k, row, childChanged)
  const id = row.id as string
  const parent = parents?.get(id)
  const own: Record<string, readonly Row[]> =
    related.length === 0 && !parent
      ? NONE
      : Object.fromEntries(related.map(([rt, by]) => [rt, by.get(id) ?? []]))
  if (parent) own[PARENT_ROW] = [parent]
  const derived = derive.compute(row, children.get(id) ?? [], kept, own)
  if (!derivedMoved(row, derived)) return
  for (const [f, v] of Object.entries(derived)) {
    if (v === undefined) delete row[f]
    else row[f] = v
  }
  state.dirtyRows.add(k)
}
