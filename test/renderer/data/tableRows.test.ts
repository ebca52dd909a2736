import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { AnyRecord } from '@shared/masterData/archiveRecords'
import type { DeskDb } from '../../../renderer/src/data/db'
import { importArchives, saveArchive } from '../../../renderer/src/data/repositories/archivesRepo'
import { watchTableRows } from '../../../renderer/src/data/tableRows'
import { runWrite } from '../../../renderer/src/data/unitOfWork'
import { archiveInput } from './archiveFixture'
import { admin, at, clerk, freshDb } from './dbFixture'

let db: DeskDb
let stop: (() => void) | undefined
afterEach(() => {
  stop?.()
  db?.close()
})

const ctx = { actor: clerk, now: at('2026-11-26T09:00:00+08:00') }

/** Follows a table's feed; `next(n)` waits for the first delivery with n rows that passes `ok`. */
function follow(table: string) {
  let latest: readonly AnyRecord[] = []
  let waiter: (() => void) | null = null
  stop = watchTableRows(db, table, (rows) => {
    latest = rows
    waiter?.()
  })
  return {
    rows: () => latest,
    next: (count: number, ok: (rows: readonly AnyRecord[]) => boolean = () => true) =>
      new Promise<readonly AnyRecord[]>((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`still ${latest.length} rows`)), 2000)
        const check = () => {
          if (latest.length !== count || !ok(latest)) return
          clearTimeout(timer)
          waiter = null
          done(latest)
        }
        waiter = check
        check()
      }),
  }
}

describe('watchTableRows', () => {
  it('delivers the table, then each saved, edited or imported row without reading the rest again', async () => {
    db = freshDb()
    const first = await saveArchive(
      db,
      { table: 'customers', id: null, input: archiveInput('customers', { name: '甲公司' }) },
      ctx,
    )
    const feed = follow('customers')
    expect((await feed.next(1)).map((r) => r.name)).toEqual(['甲公司'])
    const before = feed.rows()

    await saveArchive(
      db,
      { table: 'customers', id: first.id, input: archiveInput('customers', { name: '甲公司（改）' }) },
      ctx,
    )
    const edited = await feed.next(1, (rows) => rows[0].name === '甲公司（改）')
    expect(edited).not.toBe(before)

    const rows = ['乙公司', '丙公司'].map((name) => archiveInput('customers', { name }))
    await importArchives(db, { table: 'customers', rows }, ctx)
    const all = await feed.next(3)
    expect(all.map((r) => r.name)).toEqual(['甲公司（改）', '乙公司', '丙公司'])
    // The same objects for rows nobody touched: only the changed ones were read.
    expect(all[0]).toBe(edited[0])
  })

  it('shows a stopped (archived) record with its tombstone, and ignores writes to other tables', async () => {
    db = freshDb()
    const row = await saveArchive(
      db,
      { table: 'customers', id: null, input: archiveInput('customers', { name: '甲公司' }) },
      ctx,
    )
    const feed = follow('customers')
    await feed.next(1)
    await saveArchive(
      db,
      { table: 'suppliers', id: null, input: archiveInput('suppliers', { name: '某厂' }) },
      {
        ...ctx,
        actor: admin,
      },
    )
    await runWrite(db, ctx, (w) => w.archive('customers', row.id))
    const [archived] = await feed.next(1, (rs) => rs[0].deletedAt !== null)
    expect(archived.deletedAt).toBe(ctx.now.toISOString())
  })

  it('reads the whole table again after rows were deleted (a restore from backup)', async () => {
    db = freshDb()
    await importArchives(
      db,
      { table: 'customers', rows: ['甲', '乙'].map((name) => archiveInput('customers', { name })) },
      ctx,
    )
    const feed = follow('customers')
    const two = await feed.next(2)
    // What a restore does, outside the unit of work.
    await db.transaction('rw', db.customers, (tx) => {
      ;(tx.idbtrans as unknown as { __deskWrite: string }).__deskWrite = 'maintenance'
      return db.customers.delete(two[0].id)
    })
    expect((await feed.next(1)).map((r) => r.id)).toEqual([two[1].id])
  })
})
