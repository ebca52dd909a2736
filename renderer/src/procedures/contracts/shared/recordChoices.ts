/**
 * The records a picker offers (a trade record's customer, a line's
 * product), found as the archive lists and Ctrl+K find them: each record's
 * stored search text through the same SearchCorpus, so `bjkj`, a 简称, a
 * USCC, a product code or a model finds the record.
 *
 * Built once per read of the table and shared by every picker showing it
 * (choicesOf keeps one per rows array), and only when a picker first
 * searches: a keystroke is then one corpus scan and the first few matches,
 * at 100,000 customers as at ten.
 */
import type { AnyRecord } from '@shared/masterData/archiveRecords'
import { matchScore, parseQuery, toSearchEntry } from '@shared/search/matchSearch'
import { SearchCorpus } from '@shared/search/searchCorpus'
import { nameSortKey } from '../../archives/useArchiveList'

/** How many matches a picker lists: the best ones; typing more narrows them. */
export const PICKER_LIMIT = 50

const searchOf = (row: AnyRecord) => (typeof row.search === 'string' ? row.search : '')
const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

export class RecordChoices<T extends AnyRecord = AnyRecord> {
  private corpus: SearchCorpus | undefined
  private ids: Map<string, T> | undefined
  private firsts: T[] | undefined

  constructor(private readonly rows: readonly T[]) {}

  /** Any record of the table, archived ones included: a stored record still names the customer it had. */
  byId(id: string): T | undefined {
    this.ids ??= new Map(this.rows.map((r) => [r.id, r]))
    return this.ids.get(id)
  }

  /**
   * At most `limit` records not archived: for a blank query the first in
   * name (pinyin) order; else the best matches, in name order within a
   * match. Only what is shown is ranked by name: sorting 100,000 names
   * took 300 ms, the corpus (in table order) is built as the lists build it.
   */
  find(query: string, limit = PICKER_LIMIT): T[] {
    const tokens = parseQuery(query)
    if (tokens.length === 0) return this.firstByName().slice(0, limit)
    const found = this.searchCorpus().search(query)
    const shown: { row: T; score: number; key: string }[] = []
    for (let k = 0; k < found.length && k < limit; k++) {
      const row = this.rows[found[k]]
      shown.push({ row, score: matchScore(toSearchEntry(searchOf(row)), tokens), key: nameSortKey(row) })
    }
    shown.sort((a, b) => b.score - a.score || compareKeys(a.key, b.key))
    return shown.map((s) => s.row)
  }

  /** The first PICKER_LIMIT live records by name: one pass keeping the best few, no sort of the table. */
  private firstByName(): T[] {
    if (this.firsts) return this.firsts
    const best: { row: T; key: string }[] = []
    for (const row of this.rows) {
      if (row.deletedAt) continue
      const key = nameSortKey(row)
      if (best.length === PICKER_LIMIT && compareKeys(key, best[PICKER_LIMIT - 1].key) >= 0) continue
      let at = best.length
      while (at > 0 && compareKeys(key, best[at - 1].key) < 0) at--
      best.splice(at, 0, { row, key })
      if (best.length > PICKER_LIMIT) best.pop()
    }
    this.firsts = best.map((b) => b.row)
    return this.firsts
  }

  private searchCorpus(): SearchCorpus {
    if (this.corpus) return this.corpus
    const order: number[] = []
    for (let i = 0; i < this.rows.length; i++) if (!this.rows[i].deletedAt) order.push(i)
    this.corpus = new SearchCorpus(this.rows.map(searchOf), order)
    return this.corpus
  }
}

const shared = new WeakMap<readonly AnyRecord[], RecordChoices>()

/** The choices over one read of a table (useTableRows' array): the same object for every picker. */
export function choicesOf<T extends AnyRecord>(rows: readonly T[]): RecordChoices<T> {
  let choices = shared.get(rows)
  if (!choices) {
    choices = new RecordChoices<AnyRecord>(rows)
    shared.set(rows, choices)
  }
  return choices as unknown as RecordChoices<T>
}
