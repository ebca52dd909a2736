/**
 * The digest of this PC's synced state (SYNC.md `stateDigest`), kept as
 * records are written: every write stamps the row with its hash
 * (shared/sync/rowHash.ts, in the bookkeeping field `_rh`) and moves its
 * table's count and sum by the old hash out and the new one in, in the same
 * transaction — the unit of work for this PC's saves, the row writer for
 * other PCs' changes. Nothing is reread, so an idle sync cycle reads one row
 * to publish it. The sync engine builds the digest the first time and checks
 * the stored hashes against the values a slice at a time
 * (renderer/src/sync/digestCheck.ts).
 */
import { ROW_HASH_FIELD, addHash, rowHash, subHash } from '@shared/sync/rowHash'
import type { DeskDb } from './db'
import type { DigestMeta, TableDigest } from './digestRows'

export type { DigestMeta, TableDigest }

type Row = Record<string, unknown>

/**
 * The stored digest. Dexie's own promise, not an async function's: the row
 * writer asks for it first and awaits it last, and only Dexie's promises
 * carry the transaction across such an await.
 */
export function readDigest(db: DeskDb): Promise<DigestMeta | undefined> {
  return db._meta.get('digest') as Promise<DigestMeta | undefined>
}

/** Whether a write to row `id` moves the table's sums (its table counted, the row within what is built). */
export function counts(e: TableDigest | undefined, id: string): e is TableDigest {
  return e !== undefined && (e.upTo === undefined || id <= e.upTo)
}

interface Noted {
  t: string
  id: string
  /** The hash the row held before this transaction first wrote it; null: a new row. */
  before: unknown
  after: number
}

/**
 * The rows one transaction writes, each stamped with its hash; applied to
 * the stored digest at the transaction's end. A row written twice counts
 * once, from what it held before the first write to what it holds after the
 * last.
 */
export class DigestChanges {
  private readonly rows = new Map<string, Noted>()

  /**
   * Stamps `row` (about to be stored) with its hash. `before`: the `_rh` the
   * stored row holds now, or null when the row is new.
   */
  stamp(t: string, stored: object, before: unknown): void {
    const row = stored as Row
    const after = rowHash(t, row)
    row[ROW_HASH_FIELD] = after
    const id = row.id as string
    const k = `${t}\u0000${id}`
    const seen = this.rows.get(k)
    if (seen) seen.after = after
    else this.rows.set(k, { t, id, before, after })
  }

  get size(): number {
    return this.rows.size
  }

  /** Moves the digest's sums; returns whether anything changed. */
  applyTo(digest: DigestMeta): boolean {
    let changed = false
    for (const { t, id, before, after } of this.rows.values()) {
      const e = digest.tables[t]
      if (!counts(e, id) || before === after) continue
      changed = true
      if (before === null) {
        e.n += 1
        e.sum = addHash(e.sum, after)
      } else if (typeof before === 'number') e.sum = addHash(subHash(e.sum, before), after)
      // A stored row without its hash was written behind the engine: what it
      // added is unknown, so the table is counted again from the start.
      else digest.tables[t] = { n: 0, sum: 0, upTo: '' }
    }
    return changed
  }

  /**
   * Applies the changes to `stored` (the digest as read in the caller's
   * transaction, which holds `_meta`) and stores it. No digest yet: nothing
   * to keep (the first sync builds it).
   */
  async save(db: DeskDb, stored: DigestMeta | undefined): Promise<void> {
    if (stored && this.rows.size > 0 && this.applyTo(stored)) await db._meta.put(stored)
  }
}
