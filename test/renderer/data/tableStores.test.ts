import { afterEach, describe, expect, it } from 'vitest'
import { procedures } from '@shared/procedures'
import type { RowQuery } from '@shared/procedures/kit/deadlines'
import { businessKeys } from '@shared/tables/businessKeys'
import { syncedTableNames } from '@shared/tables/tableSpecs'
import type { DeskDb } from '../../../renderer/src/data/db'
import { freshDb } from './dbFixture'

let db: DeskDb
afterEach(() => db?.close())

/** The indexes of a store: its primary key and every declared index. */
function indexesOf(db: DeskDb, table: string): string[] {
  const schema = db.table(table).schema
  return [schema.primKey.name, ...schema.indexes.map((i) => i.name)]
}

describe('the Dexie stores', () => {
  it('hold every synced table of the registry', async () => {
    db = freshDb()
    await db.open()
    const stores = db.tables.map((t) => t.name)
    for (const t of syncedTableNames) expect(stores, t).toContain(t)
  })

  it('index every field a deadline reads by, so no due check reads a whole table', async () => {
    db = freshDb()
    await db.open()
    const ctx = { today: '2026-12-04', actor: { userId: 'U', roles: ['commerceManager' as const] } }
    const queries: RowQuery[] = []
    for (const p of procedures)
      for (const rule of p.deadlines) {
        queries.push(...Object.values(rule.read(ctx)))
        if (rule.follow) queries.push(...Object.values(rule.follow({}, ctx)))
      }
    expect(queries.length).toBeGreaterThan(5)
    for (const q of queries) expect(indexesOf(db, q.table), `${q.table}.${q.index}`).toContain(q.index)
  })

  it('index every business key, and keep no unique index on a synced table (an apply must never fail on one)', async () => {
    db = freshDb()
    await db.open()
    expect(businessKeys.map((k) => `${k.table}.${k.index}`)).toEqual(
      expect.arrayContaining(['users.account', 'contracts.number', 'customers.uscc', 'products.code']),
    )
    for (const k of businessKeys) expect(indexesOf(db, k.table), `${k.table}.${k.index}`).toContain(k.index)
    for (const t of syncedTableNames)
      for (const index of db.table(t).schema.indexes) expect(index.unique, `${t}.${index.name}`).toBeFalsy()
  })
})
