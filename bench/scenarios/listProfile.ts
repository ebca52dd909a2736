/**
 * Where the customer list's time goes, measured in the page step by step with
 * the code the list runs (useArchiveList's steps, in order): the whole-table
 * IndexedDB read, the search entries, the sort by pinyin name, laying out the
 * search corpus, and the search of every prefix in the order archiveList.ts
 * types them. What a figure measures beyond
 * these is React, layout and paint. Also gives the count each prefix shows.
 */
import type { AnyRecord } from '@shared/masterData/archiveRecords'
import { SearchCorpus } from '@shared/search/searchCorpus'
import { DeskDb } from '../../renderer/src/data/db'

export interface ListProfile {
  rows: number
  readMs: number
  entriesMs: number
  sortMs: number
  corpusMs: number
  /** Per typed prefix, in typing order: the search's time and its result count. */
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
    const searchTexts = all.map((r) => (typeof r.search === 'string' ? r.search : ''))
    const entriesMs = performance.now() - t // the search texts alone

    t = performance.now()
    const keys = all.map(nameSortKey)
    const order: number[] = []
    for (let i = 0; i < all.length; i++) if (!all[i].deletedAt) order.push(i)
    order.sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0))
    const sortMs = performance.now() - t

    t = performance.now()
    const corpus = new SearchCorpus(searchTexts, order)
    const corpusMs = performance.now() - t

    const search: ListProfile['search'] = []
    for (const q of queries) {
      const chars = [...q]
      for (let i = 1; i <= chars.length; i++) {
        const query = chars.slice(0, i).join('')
        const s = performance.now()
        const found = corpus.search(query).map((k) => all[k])
        search.push({ query, ms: performance.now() - s, count: found.length })
      }
    }
    return { rows: all.length, readMs, entriesMs, sortMs, corpusMs, search }
  } finally {
    db.close()
  }
}
