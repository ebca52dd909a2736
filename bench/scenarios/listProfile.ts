/**
 * Where the customer list's time goes, measured in the page step by step with
 * the same code the list runs (useArchiveList's steps, in order): the whole-
 * table IndexedDB read, the search entries, the sort by pinyin name, and the
 * search of each query prefix. What a figure measures beyond these is React
 * rendering, layout and paint. Also gives the count each prefix should show.
 */
import type { AnyRecord } from '@shared/masterData/archiveRecords'
import { searchIndexes, toSearchEntry } from '@shared/search/matchSearch'
import { DeskDb } from '../../renderer/src/data/db'

export interface ListProfile {
  rows: number
  readMs: number
  entriesMs: number
  sortMs: number
  /** Per query prefix: time of searchIndexes over the sorted rows, and its result count. */
  search: { query: string; ms: number; count: number }[]
}

/** As useArchiveList: the full pinyin of the name sits second in the search text. */
function nameSortKey(row: AnyRecord): string {
  const search = typeof row.search === 'string' ? row.search : ''
  return search.split('\u0001', 2)[1] ?? String(row.name ?? '')
}

export async function profileCustomerList(queries: readonly string[]): Promise<ListProfile> {
  const db = new DeskDb()
  try {
    let t = performance.now()
    const all = (await db.table('customers').toArray()) as AnyRecord[]
    const readMs = performance.now() - t

    t = performance.now()
    const entries = all.map((r) => toSearchEntry(typeof r.search === 'string' ? r.search : ''))
    const entriesMs = performance.now() - t

    t = performance.now()
    const keys = all.map(nameSortKey)
    const order: number[] = []
    for (let i = 0; i < all.length; i++) if (!all[i].deletedAt) order.push(i)
    order.sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0))
    const sortMs = performance.now() - t

    const search = queries.map((query) => {
      const s = performance.now()
      const found = searchIndexes(entries, order, query).map((i) => all[i])
      return { query, ms: performance.now() - s, count: found.length }
    })
    return { rows: all.length, readMs, entriesMs, sortMs, search }
  } finally {
    db.close()
  }
}
