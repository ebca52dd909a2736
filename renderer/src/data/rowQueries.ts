/**
 * Runs a deadline's row queries (shared/procedures/kit/deadlines.ts): each
 * reads one table through one index — an equal value, a set of values or a
 * range — never the whole table, and keeps the records in use.
 */
import type { QueriedRows, RowQuery } from '@shared/procedures/kit/deadlines'
import { liveRows } from '@shared/types/records'
import type { DeskDb } from './db'

type Row = Readonly<Record<string, unknown>>

async function run(db: DeskDb, q: RowQuery): Promise<Row[]> {
  const where = db.table(q.table).where(q.index)
  const rows =
    'equals' in q
      ? await where.equals(q.equals).toArray()
      : 'anyOf' in q
        ? q.anyOf.length === 0
          ? []
          : await where.anyOf([...q.anyOf]).toArray()
        : await where.between(q.between[0], q.between[1], true, q.includeUpper ?? false).toArray()
  return liveRows(rows as Row[])
}

/** Every named query's live rows, read side by side. */
export async function readQueries(
  db: DeskDb,
  queries: Readonly<Record<string, RowQuery>>,
): Promise<QueriedRows> {
  const entries = Object.entries(queries)
  const results = await Promise.all(entries.map(([, q]) => run(db, q)))
  return Object.fromEntries(entries.map(([name], i) => [name, results[i]]))
}

/** Records by table and id (the names a due item shows), one bulk read per table. */
export async function readByIds(
  db: DeskDb,
  wanted: ReadonlyMap<string, ReadonlySet<string>>,
): Promise<Map<string, Map<string, Row>>> {
  const out = new Map<string, Map<string, Row>>()
  await Promise.all(
    [...wanted].map(async ([table, ids]) => {
      const list = [...ids].filter(Boolean)
      const rows = (await db.table(table).bulkGet(list)) as (Row | undefined)[]
      out.set(table, new Map(list.flatMap((id, i) => (rows[i] ? [[id, rows[i] as Row]] : []))))
    }),
  )
  return out
}
