/**
 * Whole-table reads shared by every screen that shows the same archive (its
 * list, the global search, reference pickers), kept for the session: going
 * back to a list of 100,000 customers shows it at once.
 *
 * The table is read once; after that a committed write re-reads only the
 * rows it touched (Dexie's `storagemutated` names their keys), not the whole
 * table as a liveQuery would: at 100,000 customers that re-read took 6 s
 * after every save. A touched key without a row (a delete: only a restore
 * from backup removes rows), a key range (a clear) or a change during the
 * first read reads the table again.
 */
import Dexie, { cmp, type IndexableType, type IntervalTree, RangeSet } from 'dexie'
import { useSyncExternalStore } from 'react'
import type { AnyRecord } from '@shared/masterData/archiveRecords'
import type { DeskDb } from './db'

interface Feed {
  rows: readonly AnyRecord[] | undefined
  listeners: Set<() => void>
}

const feeds = new Map<string, Feed>()

/** The primary keys a committed write touched, or null when it names a range (a clear, a range delete). */
function touchedKeys(tree: IntervalTree): IndexableType[] | null {
  const keys: IndexableType[] = []
  for (const node of RangeSet(tree)) {
    if (cmp(node.from, node.to) !== 0) return null
    keys.push(node.from)
  }
  return keys
}

class TableFeed implements Feed {
  rows: readonly AnyRecord[] | undefined = undefined
  readonly listeners = new Set<() => void>()
  private positions = new Map<string, number>()
  private loading = false
  /** A write committed while the first read ran: it may or may not be in what was read. */
  private stale = false
  /** Updates run one after another, in commit order. */
  private queue: Promise<void> = Promise.resolve()

  constructor(
    private readonly db: DeskDb,
    private readonly table: string,
  ) {
    const part = `idb://${db.name}/${table}/`
    // Dexie also lists every put under `…/:dels` (it cannot tell a put from a
    // replace), so deletes are found by their missing rows instead.
    Dexie.on('storagemutated', (parts) => {
      if (!(part in parts)) return
      if (this.loading) this.stale = true
      else this.enqueue(() => this.refresh(parts[part]))
    })
    this.enqueue(() => this.load())
  }

  private enqueue(step: () => Promise<void>): void {
    this.queue = this.queue.then(step).catch((err: unknown) => {
      console.error(`reading ${this.table} failed`, err)
    })
  }

  private async load(): Promise<void> {
    do {
      this.loading = true
      this.stale = false
      const rows = (await this.db.table(this.table).toArray()) as AnyRecord[]
      this.loading = false
      if (!this.stale) this.publish(rows)
    } while (this.stale)
  }

  private async refresh(tree: IntervalTree): Promise<void> {
    const keys = touchedKeys(tree)
    if (keys === null) return this.load()
    const fetched = (await this.db.table(this.table).bulkGet(keys)) as (AnyRecord | undefined)[]
    // A touched key without a row was deleted.
    if (fetched.some((r) => r === undefined)) return this.load()
    const rows = [...(this.rows ?? [])]
    for (const row of fetched as AnyRecord[]) {
      const at = this.positions.get(row.id)
      if (at === undefined) {
        this.positions.set(row.id, rows.length)
        rows.push(row)
      } else rows[at] = row
    }
    this.rows = rows
    this.notify()
  }

  private publish(rows: AnyRecord[]): void {
    this.positions = new Map(rows.map((r, i) => [r.id, i]))
    this.rows = rows
    this.notify()
  }

  private notify(): void {
    for (const l of this.listeners) l()
  }
}

function feedOf(db: DeskDb, table: string): Feed {
  const key = `${db.name}:${table}`
  let feed = feeds.get(key)
  if (!feed) {
    feed = new TableFeed(db, table)
    feeds.set(key, feed)
  }
  return feed
}

/** Calls `onRows` with every row of the table now (once read) and after each change; returns the unsubscribe. */
export function watchTableRows(
  db: DeskDb,
  table: string,
  onRows: (rows: readonly AnyRecord[]) => void,
): () => void {
  const feed = feedOf(db, table)
  const listener = () => {
    if (feed.rows) onRows(feed.rows)
  }
  feed.listeners.add(listener)
  listener()
  return () => feed.listeners.delete(listener)
}

/** Every row of a table (archived ones included), live; undefined while the first read runs. */
export function useTableRows<T extends AnyRecord = AnyRecord>(
  db: DeskDb,
  table: string,
): readonly T[] | undefined {
  const feed = feedOf(db, table)
  return useSyncExternalStore(
    (onChange) => {
      feed.listeners.add(onChange)
      return () => feed.listeners.delete(onChange)
    },
    () => feed.rows as readonly T[] | undefined,
  )
}
