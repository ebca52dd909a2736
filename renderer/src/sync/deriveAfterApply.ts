/**
 * Derived fields travel in no op (SYNC.md: bookkeeping is derived on apply):
 * after other PCs' changes are merged, each touched record's search text,
 * follow-up date and totals are worked out again here, from the merged rows,
 * exactly as the repositories work them out when the change is local.
 */
import { derivedArchiveFields } from '@shared/masterData/archiveSearch'
import { type ArchiveTable, archiveSpecs, archiveTables } from '@shared/masterData/archiveSpecs'
import { contractTotals } from '@shared/procedures/contracts/contractChecks'
import { groupFields } from '@shared/sync/fieldGroups'
import type { DeskDb } from '../data/db'
import { type MergeState, rowKey } from './mergeState'

const archives: ReadonlySet<string> = new Set(archiveTables)

/** Parents whose totals come from their lines, and which totals each keeps. */
const totalsKept: Readonly<Record<string, readonly ('netFen' | 'taxFen' | 'totalFen')[]>> = {
  contracts: ['netFen', 'taxFen', 'totalFen'],
  quotations: ['totalFen'],
  phoneOrders: ['totalFen'],
}

type Row = Record<string, unknown>

/**
 * The records whose derived fields depend on the merged rows: themselves, or
 * a line's or contact's parent (read from the merged child, so no read).
 * `childChanged`: the parents (rowKey) of a merged child.
 */
function dependents(state: MergeState): { byTable: Map<string, Set<string>>; childChanged: Set<string> } {
  const byTable = new Map<string, Set<string>>()
  const childChanged = new Set<string>()
  const add = (t: string, id: string) => {
    let ids = byTable.get(t)
    if (!ids) byTable.set(t, (ids = new Set()))
    ids.add(id)
  }
  for (const k of state.dirtyRows) {
    const [t, r] = k.split('\u0000')
    if (archives.has(t) || t in totalsKept) add(t, r)
    else if (t === 'contacts' || t === 'tradeLines') {
      const row = state.rows.get(k)
      if (row && typeof row.parentTable === 'string' && typeof row.parentId === 'string') {
        add(row.parentTable, row.parentId)
        childChanged.add(rowKey(row.parentTable, row.parentId))
      }
    }
  }
  return { byTable, childChanged }
}

/**
 * The stored search text of an archive record none of whose names changed
 * in this batch (not created by it, no contact merged, no pinyin field
 * changed): its pinyin can be kept (archiveSearch.ts).
 */
function searchWithSameNames(
  state: MergeState,
  t: ArchiveTable,
  k: string,
  row: Row,
  childChanged: ReadonlySet<string>,
): string | undefined {
  if (typeof row.search !== 'string' || state.createdRows.has(k) || childChanged.has(k)) return undefined
  const names: readonly string[] = archiveSpecs[t].pinyinFields
  for (const key of state.changedKeys(k))
    if ((groupFields(t, key) ?? [key]).some((f) => names.includes(f))) return undefined
  return row.search
}

/**
 * Stored children of many parents. Many parents are one range read over the
 * parent index (ids are time-ordered, so a segment's are usually close)
 * rather than `anyOf`, which walks a cursor with a round trip per parent.
 */
async function storedChildren(db: DeskDb, table: 'contacts' | 'tradeLines', ids: string[]): Promise<Row[]> {
  if (ids.length <= 32) return (await db.table(table).where('parentId').anyOf(ids).toArray()) as Row[]
  const sorted = [...ids].sort()
  const wanted = new Set(ids)
  const rows = (await db
    .table(table)
    .where('parentId')
    .between(sorted[0], sorted[sorted.length - 1], true, true)
    .toArray()) as Row[]
  return rows.filter((r) => wanted.has(r.parentId as string))
}

/**
 * Live children of many parents at once, by parent id, in position order:
 * stored ones, overlaid with the versions just merged (not written yet).
 */
async function childrenOf(
  db: DeskDb,
  state: MergeState,
  table: 'contacts' | 'tradeLines',
  ids: string[],
): Promise<Map<string, Row[]>> {
  const wanted = new Set(ids)
  const byId = new Map<string, Row>()
  for (const row of await storedChildren(db, table, ids)) byId.set(row.id as string, row)
  for (const k of state.dirtyRows) {
    if (!k.startsWith(`${table}\u0000`)) continue
    const row = state.rows.get(k)
    if (row && wanted.has(row.parentId as string)) byId.set(row.id as string, row)
  }
  const out = new Map<string, Row[]>()
  for (const row of byId.values()) {
    if (row.deletedAt) continue
    const list = out.get(row.parentId as string) ?? []
    list.push(row)
    out.set(row.parentId as string, list)
  }
  for (const list of out.values()) list.sort((a, b) => (a.position as number) - (b.position as number))
  return out
}

function derivedOf(t: string, row: Row, children: readonly Row[], sameNames: string | undefined): Row {
  if (archives.has(t)) {
    const spec = archiveSpecs[t as ArchiveTable]
    const derived: Row = derivedArchiveFields(t, spec, row, children as never, sameNames)
    // A customer that stops being a follow-up target leaves the index.
    if (t === 'customers' && derived.followUpOn === undefined) derived.followUpOn = undefined
    return derived
  }
  const totals = contractTotals(children as never)
  const kept: Row = {}
  for (const k of totalsKept[t] ?? []) kept[k] = totals[k]
  return kept
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
): Promise<void> {
  const { byTable, childChanged } = dependents(state)
  final([...state.dirtyRows].filter((k) => !byTable.has(k.slice(0, k.indexOf('\u0000')))))
  await Promise.all(
    [...byTable].map(async ([t, ids]) => {
      const list = [...ids]
      const childTable = archives.has(t) ? 'contacts' : 'tradeLines'
      const needsChildren =
        childTable === 'tradeLines' || archiveSpecs[t as ArchiveTable].children.includes('contacts')
      const missing = list.filter((id) => !state.rows.get(rowKey(t, id)))
      const [read, children] = await Promise.all([
        missing.length ? (db.table(t).bulkGet(missing) as Promise<(Row | undefined)[]>) : [],
        needsChildren ? childrenOf(db, state, childTable, list) : new Map<string, Row[]>(),
      ])
      read.forEach((row, i) => {
        if (row) state.rows.set(rowKey(t, missing[i]), row)
      })
      for (let at = 0; at < list.length; at += CHUNK) {
        const keys = list.slice(at, at + CHUNK).map((id) => rowKey(t, id))
        for (const k of keys) deriveRow(state, t, k, children, childChanged)
        final(keys)
        await yieldToWrites()
      }
    }),
  )
}

function deriveRow(
  state: MergeState,
  t: string,
  k: string,
  children: ReadonlyMap<string, Row[]>,
  childChanged: ReadonlySet<string>,
): void {
  const row = state.rows.get(k)
  if (!row) return
  const sameNames = archives.has(t)
    ? searchWithSameNames(state, t as ArchiveTable, k, row, childChanged)
    : undefined
  const derived = derivedOf(t, row, children.get(row.id as string) ?? [], sameNames)
  if (!Object.entries(derived).some(([f, v]) => row[f] !== v)) return
  for (const [f, v] of Object.entries(derived)) {
    if (v === undefined) delete row[f]
    else row[f] = v
  }
  state.dirtyRows.add(k)
}
