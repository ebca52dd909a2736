/**
 * SYNC.md snapshots: a new or wiped PC starts from the newest snapshot and
 * reads only the segments after it (cases 13, 14 with the old segments gone
 * as compaction would remove them; case 9 with overlapping segments).
 */
import { afterEach, describe, expect, it } from 'vitest'
import { MemoryShare } from '../../harness/memoryShare'
import { flagTransaction } from '../../../renderer/src/data/guardMiddleware'
import { writeSnapshot } from '../../../renderer/src/sync/snapshots'
import { Pc, settle } from './syncFixture'

let pcs: Pc[] = []
afterEach(() => pcs.forEach((p) => p.db.close()))

/**
 * Compaction as it would have run: every segment removed from the share but
 * each PC's newest (its writer checks its own chain on it).
 */
function compactAllButNewest(share: MemoryShare): void {
  const newest = new Map<string, string>()
  for (const p of share.segmentPaths()) newest.set(p.split('/')[1], p)
  for (const p of share.segmentPaths()) if (![...newest.values()].includes(p)) share.files.delete(p)
}

/** A and B with a history and a conflict, B's snapshot of it, and C: a PC that has applied nothing. */
async function historyAndSnapshot(share: MemoryShare): Promise<[Pc, Pc, Pc]> {
  const [a, b] = (pcs = [new Pc('A', share), new Pc('B', share)])
  await history(a, b)
  expect(await writeSnapshot(b.db, share.transport(b.blobs), await b.deviceId())).toBe(true)
  const c = new Pc('C', share)
  pcs.push(c)
  return [a, b, c]
}

async function history(a: Pc, b: Pc): Promise<void> {
  await a.write((w) => w.create('settings', { value: 1 }, { id: 'k' }))
  await a.write((w) => w.create('settings', { value: 1 }, { id: 'gone' }))
  await settle([a, b])
  await a.write((w) => w.update('settings', 'k', { value: 2 }))
  b.clock = a.clock + 5_000
  await b.write((w) => w.update('settings', 'k', { value: 3 })) // a conflict: B never saw 2
  await b.write((w) => w.archive('settings', 'gone'))
  await settle([a, b])
}

describe('sync: snapshots', () => {
  it('bootstraps a new PC from a snapshot when the segments it covers are gone, with the same records and conflicts', async () => {
    const share = new MemoryShare()
    const [a, b, c] = await historyAndSnapshot(share)
    compactAllButNewest(share)
    expect(share.segmentPaths().length).toBe(2)
    c.clock = b.clock
    await c.sync()
    expect(await c.state()).toBe(await b.state())
    expect(await c.conflicts()).toEqual(await b.conflicts())
    expect((await c.conflicts()).length).toBe(1)
    // And it goes on from there: a later edit on A arrives.
    await a.write((w) => w.update('settings', 'k', { value: 4 }))
    await settle([a, b, c])
    expect(await c.db.settings.get('k')).toMatchObject({ value: 4 })
    expect(await c.state()).toBe(await a.state())
  })

  it('changes nothing when the segments a snapshot covers arrive again after it (case 9)', async () => {
    const share = new MemoryShare()
    const [, b, c] = await historyAndSnapshot(share)
    c.clock = b.clock
    await c.sync()
    const before = [await c.state(), await c.conflicts()]
    await c.db.transaction('rw', '_cursors', async (tx) => {
      flagTransaction(tx.idbtrans, 'sync')
      await c.db._cursors.clear()
    })
    // Cursors gone but records present: no second bootstrap would be right either way; segments apply again.
    await c.sync()
    expect([await c.state(), await c.conflicts()]).toEqual(before)
  })

  it('merges a snapshot into a PC that already has its own records (set up before joining)', async () => {
    const share = new MemoryShare()
    const [a, b, c] = await historyAndSnapshot(share)
    c.clock = b.clock + 10_000
    await c.write((w) => w.create('settings', { value: 9 }, { id: 'local' }))
    await settle([a, b, c])
    expect(await c.db.settings.get('local')).toMatchObject({ value: 9 })
    expect(await a.db.settings.get('local')).toMatchObject({ value: 9 })
    expect(await c.state()).toBe(await a.state())
  })

  it('catches up a PC away for weeks from a snapshot when the segments it missed were compacted, keeping its own edits (case 13)', async () => {
    const share = new MemoryShare()
    const [a, b] = (pcs = [new Pc('A', share), new Pc('B', share)])
    const c = new Pc('C', share)
    pcs.push(c)
    await a.write((w) => w.create('settings', { value: 1 }, { id: 'k' }))
    await a.write((w) => w.create('settings', { value: 1 }, { id: 'j' }))
    await settle([a, b, c])
    // C goes away and edits j; A and B go on, B snapshots, old segments are compacted.
    for (let i = 0; i < 50; i++) await c.write((w) => w.update('settings', 'j', { value: 100 + i }))
    for (let i = 0; i < 5; i++) {
      a.clock = c.clock + 1000
      await a.write((w) => w.update('settings', 'k', { value: 10 + i }))
      await settle([a, b])
    }
    await writeSnapshot(b.db, share.transport(b.blobs), await b.deviceId())
    compactAllButNewest(share)
    c.clock = a.clock + 1000
    await settle([a, b, c])
    expect(await c.db.settings.get('k')).toMatchObject({ value: 14 })
    expect(await a.db.settings.get('j')).toMatchObject({ value: 149 })
    expect(await c.state()).toBe(await a.state())
    expect(await c.conflicts()).toEqual(await a.conflicts())
  })

  it('compacts its own segments only once its snapshot covers them and every active PC has them; a new PC still converges', async () => {
    const share = new MemoryShare()
    const [a, b] = (pcs = [new Pc('A', share), new Pc('B', share)])
    for (let i = 0; i < 4; i++) {
      await a.write((w) => w.create('settings', { value: i }, { id: `k${i}` }))
      await a.sync()
    }
    const aId = await a.deviceId()
    const ownSegs = () => share.segmentPaths().filter((p) => p.includes(`/${aId}/`))
    await writeSnapshot(a.db, share.transport(a.blobs), aId)
    // B has not applied them yet (its status acknowledges nothing): nothing goes.
    await a.sync()
    expect(ownSegs()).toHaveLength(4)
    await b.sync()
    await a.sync()
    expect(ownSegs()).toHaveLength(1)
    const c = new Pc('C', share)
    pcs.push(c)
    c.clock = a.clock
    await c.sync()
    expect(await c.state()).toBe(await a.state())
    await a.write((w) => w.update('settings', 'k0', { value: 10 }))
    await settle([a, b, c])
    expect(await c.db.settings.get('k0')).toMatchObject({ value: 10 })
  })
})
