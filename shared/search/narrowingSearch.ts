/**
 * Search as the clerk types: a query that extends the previous one can only
 * match rows the previous one matched (every token is the same or longer, or
 * a token was added), so only those are scanned again. Typing `b`, `bj`,
 * `bjk`, `bjkj` scans the whole list once. Any other change starts afresh.
 */
import { matchScore, parseQuery, type SearchEntry } from './matchSearch'

export class NarrowingSearch {
  private entries: readonly SearchEntry[] | null = null
  private order: readonly number[] | null = null
  private lastQuery = ''
  /** 1 where the last query matched, indexed like `entries`. */
  private matched: Uint8Array | null = null

  /** Same result as searchIndexes(entries, order, query). */
  search(entries: readonly SearchEntry[], order: readonly number[], query: string): number[] {
    const tokens = parseQuery(query)
    const normal = tokens.join(' ')
    if (tokens.length === 0) {
      this.reset(entries, order)
      return [...order]
    }
    const narrowing =
      this.entries === entries &&
      this.order === order &&
      this.matched !== null &&
      this.lastQuery !== '' &&
      normal.startsWith(this.lastQuery)
    const previous = narrowing ? this.matched : null
    const matched = new Uint8Array(entries.length)
    const tiers: number[][] = [[], [], []]
    for (const i of order) {
      if (previous && previous[i] === 0) continue
      const s = matchScore(entries[i], tokens)
      if (s > 0) {
        matched[i] = 1
        tiers[3 - s].push(i)
      }
    }
    this.entries = entries
    this.order = order
    this.lastQuery = normal
    this.matched = matched
    return tiers[0].concat(tiers[1], tiers[2])
  }

  private reset(entries: readonly SearchEntry[], order: readonly number[]): void {
    this.entries = entries
    this.order = order
    this.lastQuery = ''
    this.matched = null
  }
}
