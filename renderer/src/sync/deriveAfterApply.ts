/**
 * Derived fields travel in no op (SYNC.md: bookkeeping is derived on apply):
 * after other PCs' changes are merged, each touched record's search text,
 * follow-up date and totals are worked out again here, from the merged rows,
 * exactly as the repositories work them out when the change is local.
 */
import { derivedArchiveFields } from '@shared/masterData/archiveSearch'
import { type ArchiveTable, archiveSpecs, archiveTables } from '@shared/masterData/archiveSpecs'
import { contractTotals } from '@shared/procedures/contracts/contractChecks'
import type { DeskDb } from '../data/db'

const archives: ReadonlySet<string> = new Set(archiveTables)

/** Parents whose totals come from their lines, and which totals each keeps. */
const totalsKept: Readonly<Record<string, readonly ('netFen' | 'taxFen' | 'totalFen')[]>> = {
  contracts: ['netFen', 'taxFen', 'totalFen'],
  quotations: ['totalFen'],
  phoneOrders: ['totalFen'],
}

type Row = Record<string, unknown>

/** The records whose derived fields depend on the touched rows: themselves, or a line's or contact's parent. */
function dependents(db: DeskDb, touched: readonly [string, string][]): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>()
  const add = (t: string, id: string) => {
    let ids = out.get(t)
    if (!ids) out.set(t, (ids = new Set()))
    ids.add(id)
  }
  const children: Promise<void>[] = []
  for (const [t, r] of touched) {
    if (archives.has(t) || t in totalsKept) add(t, r)
    else if (t === 'contacts' || t === 'tradeLines')
      children.push(
        db
          .table(t)
          .get(r)
          .then((row: Row | undefined) => {
            if (row && typeof row.parentTable === 'string' && typeof row.parentId === 'string')
              add(row.parentTable, row.parentId)
          }),
      )
  }
  return Promise.all(children).then(() => out)
}

/** Live children of many parents at once, by parent id, in position order. */
async function childrenOf(
  db: DeskDb,
  table: 'contacts' | 'tradeLines',
  ids: string[],
): Promise<Map<string, Row[]>> {
  const rows = (await db.table(table).where('parentId').anyOf(ids).toArray()) as Row[]
  const out = new Map<string, Row[]>()
  for (const row of rows) {
    if (row.deletedAt) continue
    const list = out.get(row.parentId as string) ?? []
    list.push(row)
    out.set(row.parentId as string, list)
  }
  for (const list of out.values()) list.sort((a, b) => (a.position as number) - (b.position as number))
  return out
}

function derivedOf(t: string, row: Row, children: readonly Row[]): Row {
  if (archives.has(t)) {
    const spec = archiveSpecs[t as ArchiveTable]
    const derived: Row = derivedArchiveFields(t, spec, row, children as never)
    // A customer that stops being a follow-up target leaves the index.
    if (t === 'customers' && derived.followUpOn === undefined) derived.followUpOn = undefined
    return derived
  }
  const totals = contractTotals(children as never)
  const kept: Row = {}
  for (const k of totalsKept[t] ?? []) kept[k] = totals[k]
  return kept
}

/** Recomputes and stores the derived fields of the records `touched` rows bear on. */
export async function refreshDerived(db: DeskDb, touched: readonly [string, string][]): Promise<void> {
  const targets = await dependents(db, touched)
  await Promise.all(
    [...targets].map(async ([t, ids]) => {
      const list = [...ids]
      const childTable = archives.has(t) ? 'contacts' : 'tradeLines'
      const needsChildren =
        childTable === 'tradeLines' || archiveSpecs[t as ArchiveTable].children.includes('contacts')
      const [rows, children] = await Promise.all([
        db.table(t).bulkGet(list) as Promise<(Row | undefined)[]>,
        needsChildren ? childrenOf(db, childTable, list) : new Map<string, Row[]>(),
      ])
      const changed: Row[] = []
      for (const row of rows) {
        if (!row) continue
        const derived = derivedOf(t, row, children.get(row.id as string) ?? [])
        if (Object.entries(derived).some(([k, v]) => row[k] !== v)) {
          const next = { ...row, ...derived }
          for (const [k, v] of Object.entries(derived)) if (v === undefined) delete next[k]
          changed.push(next)
        }
      }
      if (changed.length) await db.table(t).bulkPut(changed)
    }),
  )
}
