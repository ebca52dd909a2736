/**
 * Whole-table live reads shared by every screen that shows the same archive
 * (its list, the global search, reference pickers). One Dexie liveQuery per
 * table, kept for the session: going back to a list of 100,000 customers
 * shows it at once instead of reading the table again.
 */
import { liveQuery } from 'dexie'
import { useSyncExternalStore } from 'react'
import type { AnyRecord } from '@shared/masterData/archiveRecords'
import type { DeskDb } from './db'

interface Feed {
  rows: readonly AnyRecord[] | undefined
  listeners: Set<() => void>
}

const feeds = new Map<string, Feed>()

function feedOf(db: DeskDb, table: string): Feed {
  const key = `${db.name}:${table}`
  let feed = feeds.get(key)
  if (!feed) {
    const created: Feed = { rows: undefined, listeners: new Set() }
    feeds.set(key, created)
    liveQuery(() => db.table(table).toArray() as Promise<AnyRecord[]>).subscribe({
      next: (rows) => {
        created.rows = rows
        for (const l of created.listeners) l()
      },
      error: (err: unknown) => console.error(`live read of ${table} failed`, err),
    })
    feed = created
  }
  return feed
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
