/**
 * Many rows in one segment: read by one range read when they lie together,
 * by id when they are spread among others, worked out a chunk at a time and
 * written as each chunk is done (applyOps.ts, rowWriter.ts) — the same rows,
 * clocks and search text as the writer's.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { derivedArchiveFields } from '@shared/masterData/archiveSearch'
import { archiveSpecs } from '@shared/masterData/archiveSpecs'
import { clocksOf } from '@shared/sync/rowClocks'
import { MemoryShare } from '../../harness/memoryShare'
import { archiveInput } from '../data/archiveFixture'
import { Pc, settle } from './syncFixture'

let pcs: Pc[] = []
afterEach(() => pcs.forEach((p) => p.db.close()))

const ids = Array.from({ length: 150 }, (_, n) => `C${String(n).padStart(4, '0')}`)

describe('sync: many rows in one segment', () => {
  it('applies edits of rows lying together and of rows spread among others, clocks and search text as on the writer', async () => {
    const share = new MemoryShare()
    const [a, b] = (pcs = [new Pc('A', share), new Pc('B', share)])
    await a.write(async (w) => {
      for (const id of ids)
        await w.create('customers', archiveInput('customers', { name: `福州${id}贸易有限公司` }) as never, {
          id,
        })
    })
    await settle([a, b])
    // Every row's phone (150 ids together: one range read), then, in the
    // next segment, every third row's name (50 ids among 150 rows: by id).
    await a.write(async (w) => {
      for (const [n, id] of ids.entries()) await w.update('customers', id, { phone: `0591-8${n}` } as never)
    })
    await a.sync()
    expect((await b.sync()).applied).toBe(150)
    await a.write(async (w) => {
      for (const id of ids.filter((_, n) => n % 3 === 0))
        await w.update('customers', id, { name: `厦门${id}科技有限公司` } as never)
    })
    await a.sync()
    expect((await b.sync()).applied).toBe(50)
    const onA = await a.db.customers.bulkGet(ids)
    const onB = await b.db.customers.bulkGet(ids)
    for (const [n, row] of onB.entries()) {
      const mine = onA[n]
      if (!row || !mine) throw new Error(`${ids[n]} missing`)
      expect(row.phone).toBe(`0591-8${n}`)
      expect(row.name).toBe(mine.name)
      expect(clocksOf(row)).toEqual(clocksOf(mine))
      expect(row.search).toBe(derivedArchiveFields('customers', archiveSpecs.customers, { ...row }).search)
    }
    expect(onB[3]?.search).toContain('xiamen')
    expect(onB[4]?.search).toContain('fuzhou')
    expect(await b.conflicts()).toEqual([])
  })
})
