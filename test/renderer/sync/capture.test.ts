/**
 * SYNC.md acceptance cases 11, 13, 14 and 18: what is captured for sync,
 * and what survives a share that vanishes, a PC away for weeks and a wiped
 * database.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { AppFailure } from '@shared/errors/appFailure'
import { runWrite } from '../../../renderer/src/data/unitOfWork'
import type { ShareTransport } from '../../../renderer/src/sync/shareTransport'
import { syncOnce } from '../../../renderer/src/sync/syncOnce'
import { admin } from '../data/dbFixture'
import { MemoryShare } from '../../harness/memoryShare'
import { Pc, settle } from './syncFixture'

let pcs: Pc[] = []
afterEach(() => pcs.forEach((p) => p.db.close()))

const setting = (value: number) => ({ value })

describe('sync: capture (case 18)', () => {
  it('logs a bulk create as one op that another PC expands into every row, and nothing for refused or aborted writes', async () => {
    const share = new MemoryShare()
    const [a, b] = (pcs = [new Pc('A', share), new Pc('B', share)])
    const drafts = Array.from({ length: 2000 }, (_, i) => setting(i))
    await a.write((w) => w.createMany('settings', drafts))
    expect(await a.db._outbox.count()).toBe(1)
    // An add that hits an existing key refuses the whole action: no row, no op.
    const ids = (await a.db.settings.limit(1).primaryKeys()) as string[]
    await expect(a.write((w) => w.create('settings', setting(-1), { id: ids[0] }))).rejects.toThrow(
      AppFailure,
    )
    // An action that throws after writing aborts: no row, no op.
    await expect(
      a.write(async (w) => {
        await w.create('settings', setting(-2), { id: 'aborted' })
        throw new Error('user action failed half-way')
      }),
    ).rejects.toThrow('half-way')
    expect(await a.db.settings.get('aborted')).toBeUndefined()
    expect(await a.db._outbox.count()).toBe(1)
    await settle([a, b])
    expect(await b.db.settings.count()).toBe(2000)
    expect(await b.db._outbox.count()).toBe(0)
  })

  it.each([
    ['bulkPut', (pc: Pc) => pc.db.settings.bulkPut([{ id: 'x', value: 1 } as never])],
    ['bulkUpdate', (pc: Pc) => pc.db.settings.bulkUpdate([{ key: 'k', changes: { value: 9 } }])],
    ['Collection.modify', (pc: Pc) => pc.db.settings.where('id').above('').modify({ value: 9 })],
    ['clear()', (pc: Pc) => pc.db.settings.clear()],
    ['where().delete()', (pc: Pc) => pc.db.settings.where('id').equals('k').delete()],
  ])(
    'refuses %s on a synced table outside the unit of work, leaving records and outbox as they were',
    async (_, write) => {
      const share = new MemoryShare()
      const [a] = (pcs = [new Pc('A', share)])
      await a.write((w) => w.create('settings', setting(1), { id: 'k' }))
      await expect(write(a)).rejects.toMatchObject({ code: 'data.unloggedWrite' })
      expect(await a.db.settings.toArray()).toMatchObject([{ id: 'k', value: 1 }])
      expect(await a.db._outbox.count()).toBe(1)
    },
  )

  it('refuses a physical delete even inside a unit of work (records are tombstoned)', async () => {
    const share = new MemoryShare()
    const [a] = (pcs = [new Pc('A', share)])
    await a.write((w) => w.create('settings', setting(1), { id: 'k' }))
    await expect(
      runWrite(a.db, { actor: admin, now: new Date() }, async () => a.db.settings.delete('k')),
    ).rejects.toMatchObject({ code: 'data.unloggedWrite' })
    expect(await a.db.settings.get('k')).toBeDefined()
  })
})

/** A transport whose share goes away after `reads` successful reads. */
function failingAfter(inner: ShareTransport, reads: number): ShareTransport {
  let left = reads
  return {
    ...inner,
    read: async (path) => {
      if (left-- <= 0) throw new AppFailure('share.offline', 'errors.share.offline')
      return inner.read(path)
    },
  }
}

describe('sync: the share or the PC away', () => {
  it('changes the database only by whole segments when the share disappears mid-sync, deletes nothing, and resumes from the cursor (case 11)', async () => {
    const share = new MemoryShare()
    const [a, b] = (pcs = [new Pc('A', share), new Pc('B', share)])
    await b.write((w) => w.create('settings', setting(0), { id: 'own' }))
    for (const v of [1, 2, 3]) {
      await a.write((w) => w.create('settings', setting(v), { id: `k${v}` }))
      await a.sync()
    }
    // B's own folder check reads nothing (no published segment yet); the pull reads one segment, then the share is gone.
    await expect(
      syncOnce(b.db, failingAfter(share.transport(b.blobs), 1), { now: () => b.clock }),
    ).rejects.toMatchObject({ code: 'share.offline' })
    expect((await b.db.settings.toArray()).map((s) => s.id).sort()).toEqual(['k1', 'own'])
    expect((await b.db._cursors.toArray())[0]).toMatchObject({ segNo: 1 })
    share.offline = true
    await expect(b.sync()).rejects.toMatchObject({ code: 'share.offline' })
    await b.write((w) => w.update('settings', 'own', { value: 5 }))
    share.offline = false
    await settle([a, b])
    expect((await b.db.settings.toArray()).map((s) => s.id).sort()).toEqual(['k1', 'k2', 'k3', 'own'])
    expect(await a.db.settings.get('own')).toMatchObject({ value: 5 })
  })

  it('publishes 500 edits made during six weeks away with their original stamps; the newest wins and concurrent losers are listed (case 13)', async () => {
    const share = new MemoryShare()
    const [a, b] = (pcs = [new Pc('A', share), new Pc('B', share)])
    await a.write(async (w) => {
      for (let i = 0; i < 50; i++) await w.create('settings', setting(i), { id: `k${i}` })
    })
    await settle([a, b])
    // A is away six weeks and keeps working (an edit every two hours); B,
    // never having seen them, edits ten of the same records at the end.
    for (let i = 0; i < 500; i++) {
      a.clock += 2 * 3_600_000
      await a.write((w) => w.update('settings', `k${i % 50}`, { value: 1000 + i }))
    }
    b.clock = a.clock + 60_000
    for (let i = 0; i < 10; i++) await b.write((w) => w.update('settings', `k${i}`, { value: 5000 + i }))
    a.clock = b.clock
    await settle([a, b])
    expect(await a.state()).toBe(await b.state())
    expect(await b.db.settings.get('k0')).toMatchObject({ value: 5000 })
    expect(await b.db.settings.get('k49')).toMatchObject({ value: 1499 })
    expect((await b.conflicts()).length).toBe(10)
    expect(await a.conflicts()).toEqual(await b.conflicts())
  })

  it('rebuilds a wiped database from the share, its own past changes included, under a new identity (case 14)', async () => {
    const share = new MemoryShare()
    const [a, b] = (pcs = [new Pc('A', share), new Pc('B', share)])
    await a.write((w) => w.create('settings', setting(1), { id: 'mine' }))
    await b.write((w) => w.create('settings', setting(2), { id: 'theirs' }))
    await settle([a, b])
    const oldId = await a.deviceId()
    const wiped = new Pc('A2', share)
    pcs.push(wiped)
    await wiped.sync()
    expect(await wiped.state()).toBe(await b.state())
    await wiped.write((w) => w.update('settings', 'mine', { value: 10 }))
    expect(await wiped.deviceId()).not.toBe(oldId)
    await settle([wiped, b])
    expect(await b.db.settings.get('mine')).toMatchObject({ value: 10 })
    // The old identity's folder is untouched: no segment number was used twice.
    expect(share.segmentPaths().filter((p) => p.includes(oldId))).toHaveLength(1)
  })
})
