/**
 * SYNC.md "HLC" with a clock that is wrong on one PC: the receive guard
 * compares incoming stamps with the share's time as well as this PC's, so
 * a PC whose clock is behind takes everyone's changes and its later edits
 * still win, while a PC whose clock is ahead publishes nothing and what
 * it stamped ahead waits on the others, naming it.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { decodeHlc } from '@shared/kernel/hlc'
import { quarantineSummary } from '../../../renderer/src/sync/heldOps'
import { pcPeople } from '../../../renderer/src/sync/pcPeople'
import { syncOnce } from '../../../renderer/src/sync/syncOnce'
import { MemoryShare } from '../../harness/memoryShare'
import { Pc, settle } from './syncFixture'

let pcs: Pc[] = []
afterEach(() => pcs.forEach((p) => p.db.close()))

const YEAR = 365 * 86_400_000

async function twoPcs(): Promise<[Pc, Pc]> {
  const share = new MemoryShare()
  const [a, b] = (pcs = [new Pc('A', share), new Pc('B', share)])
  await a.write((w) => w.create('settings', { value: 1 }, { id: 'k' }))
  await b.write((w) => w.create('settings', { value: 'b' }, { id: 'b' }))
  await settle([a, b])
  return [a, b]
}

describe('sync: a wrong clock on one PC', () => {
  it('lets a PC a year behind take the others’ changes without quarantine; its own later edit wins everywhere', async () => {
    const [a, b] = await twoPcs()
    b.skewMs = -YEAR
    await a.write((w) => w.update('settings', 'k', { value: 2 }))
    await a.sync()
    const received = await b.sync()
    // Nothing held on B's account: the share's time says A's change is not from the future.
    expect(await b.db._quarantine.count()).toBe(0)
    expect(await b.db.settings.get('k')).toMatchObject({ value: 2 })
    // The PC whose clock is wrong is this one: the share is a year ahead of it.
    expect(received.clockOffsetMs).toBe(YEAR)
    expect(await quarantineSummary(b.db, b.clock)).toEqual([])
    // B's edit after receiving is stamped after A's (its clock took A's stamp in).
    await b.write((w) => w.update('settings', 'k', { value: 3 }))
    const [aOp] = await a.db._outbox.orderBy('seq').reverse().limit(1).toArray()
    const [bOp] = await b.db._outbox.orderBy('seq').reverse().limit(1).toArray()
    expect(bOp.h > aOp.h).toBe(true)
    // Publishing a day or more off the share stays refused, and B keeps receiving meanwhile.
    const refused = await b.sync()
    expect(refused.stop).toBe('clockWrong')
    expect(refused.published).toBe(0)
    await a.write((w) => w.create('settings', { value: 4 }, { id: 'later' }))
    await a.sync()
    await b.sync()
    expect(await b.db.settings.get('later')).toMatchObject({ value: 4 })
    // The clock is set right: everything waiting goes out, and B's edit wins on both.
    b.skewMs = 0
    b.clock += 1000
    const fixed = await b.sync()
    expect(fixed.stop).toBeNull()
    expect(fixed.published).toBe(1)
    await settle([a, b])
    for (const pc of [a, b]) expect(await pc.db.settings.get('k')).toMatchObject({ value: 3 })
    expect(await a.conflicts()).toEqual([])
    expect(await a.state()).toBe(await b.state())
  })

  it('refuses to publish from a PC a year ahead; what it stamped ahead waits on the others, naming it', async () => {
    const [a, b] = await twoPcs()
    a.skewMs = YEAR
    await a.write((w) => w.update('settings', 'k', { value: 2 }))
    const refused = await a.sync()
    expect(refused.stop).toBe('clockWrong')
    expect(refused.clockOffsetMs).toBe(-YEAR)
    expect(refused.published).toBe(0)
    // Its changes reach the share anyway (a cycle that could not tell the share's time).
    const blind = await syncOnce(a.db, a.share.transport(a.blobs), {
      now: () => a.clock + a.skewMs,
      clockOffsetMs: async () => null,
    })
    expect(blind.published).toBe(1)
    const r = await b.sync()
    expect(r.clockOffsetMs).toBeCloseTo(0)
    expect(await b.db.settings.get('k')).toMatchObject({ value: 1 })
    const held = await quarantineSummary(b.db, b.clock)
    expect(held).toHaveLength(1)
    expect(held[0]).toMatchObject({ deviceId: await a.deviceId(), ops: 1 })
    // Named by the person working on it, as the warning reads: A的电脑.
    expect(await pcPeople(b.db, [held[0].deviceId])).toEqual({ [held[0].deviceId]: 'A' })
    // Ahead of the share's time by about the year, however B's own clock reads.
    expect(Math.abs(held[0].aheadMs - YEAR)).toBeLessThan(86_400_000)
    const device = (await b.db._meta.get('device')) as { hlc: string }
    expect(decodeHlc(device.hlc).l).toBeLessThan(b.clock + 86_400_000)
  })
})
