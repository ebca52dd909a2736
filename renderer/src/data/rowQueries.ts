/**
 * Runs a deadline's row queries (shared/procedures/kit/deadlines.ts): each
 * reads one table through one index — an equal value, a set of values or a
 * range — never the whole table, and keeps the records in use. A limited
 * query reads only its first rows and counts the rest by the index.
 */
import {
  COUNT_CAP,
  type QueriedList,
  type QueriedRows,
  type RowQuery,
} from '@shared/procedures/kit/deadlines'
import { liveRows } from '@shared/types/records'
import type { Collection } from 'dexie'
import type { DeskDb } from './db'

type Row = Readonly<Record<string, unknown>>

/** anyOf of a few values (steps) is read one value at a time: each a plain range IndexedDB reads in one request, where Dexie's anyOf walks a cursor. */
const SPLIT_ANY_OF = 16

function collections(db: DeskDb, q: RowQuery): Collection[] {
  const where = () => db.table(q.table).where(q.index)
  if ('equals' in q) return [where().equals(q.equals as never)]
  if ('anyOf' in q) {
    if (q.anyOf.length === 0) return []
    if (q.anyOf.length <= SPLIT_ANY_OF) return q.anyOf.map((v) => where().equals(v as never))
    return [where().anyOf([...q.anyOf] as never)]
  }
  return [where().between(q.between[0] as never, q.between[1] as never, true, q.includeUpper ?? false)]
}

async function run(db: DeskDb, q: RowQuery): Promise<QueriedList> {
  const parts = collections(db, q)
  const [lists, counts] = await Promise.all([
    // limit 0: only the count (IndexedDB would read 0 as no limit).
    Promise.all(
      parts.map((c) =>
        q.limit === undefined ? c.toArray() : q.limit === 0 ? [] : c.clone().limit(q.limit).toArray(),
      ),
    ),
    // Counted up to the cap: the keys of at most COUNT_CAP + 1 entries, never the whole range.
    q.count
      ? Promise.all(
          parts.map(
            async (c) =>
              (
                await c
                  .clone()
                  .limit(COUNT_CAP + 1)
                  .primaryKeys()
              ).length,
          ),
        )
      : undefined,
  ])
  const rows = liveRows(lists.flat() as Row[])
  return counts
    ? Object.assign(rows, {
        total: Math.min(
          COUNT_CAP + 1,
          counts.reduce((a, b) => a + b, 0),
        ),
      })
    : rows
}

/** Every named query's live rows, read side by side. */
export async function readQueries(
  db: DeskDb,
  queries: Readonly<Record<string, RowQuery>>,
): Promise<QueriedRows> {
  const entries = Object.entries(queries)
  if (entries.length === 0) return {}
  // One read transaction for them all: each of IndexedDB's costs a round trip of its own.
  const tables = [...new Set(entries.map(([, q]) => q.table))]
  const results = await db.transaction('r', tables, () => Promise.all(entries.map(([, q]) => run(db, q))))
  return Object.fromEntries(entries.map(([name], i) => [name, results[i]]))
}

/** Records by table and id (the names a due item shows), one bulk read per table, in one transaction. */
export async function readByIds(
  db: DeskDb,
  wanted: ReadonlyMap<string, ReadonlySet<string>>,
): Promise<Map<string, Map<string, Row>>> {
  const out = new Map<string, Map<string, Row>>()
  if (wanted.size === 0) return out
  await db.transaction('r', [...wanted.keys()], () =>
    Promise.all(
      [...wanted].map(async ([table, ids]) => {
        const list = [...ids].filter(Boolean)
        const rows = (await db.table(table).bulkGet(list)) as (Row | undefined)[]
        out.set(table, new Map(list.flatMap((id, i) => (rows[i] ? [[id, rows[i] as Row]] : []))))
      }),
    ),
  )
  return out
}
