/**
 * SYNC.md "Joining, keys and numbers": every PC claims a block of numbers of
 * its own on the share by itself, and counters merge as the highest value
 * seen, so a number handed out is never handed out again.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { loadNumbering } from '../../../renderer/src/data/deviceMeta'
import { takeNumber } from '../../../renderer/src/data/numbering'
import type { ShareTransport } from '../../../renderer/src/sync/shareTransport'
import { blocksDir } from '../../../renderer/src/sync/numberBlocks'
import { syncOnce } from '../../../renderer/src/sync/syncOnce'
import { MemoryShare } from '../../harness/memoryShare'
import { Pc, copyOf, settle } from './syncFixture'

let pcs: Pc[] = []
afterEach(() => pcs.forEach((p) => p.db.close()))

const COUNTER = 'contract:2026-11:0'

describe('sync: number counters', () => {
  it.each([
    ['the higher one published first', ['A', 'B']],
    ['the higher one published last', ['B', 'A']],
  ])('keep the highest count when two PCs counted on one row, %s', async (_label, order) => {
    const share = new MemoryShare()
    const [a, b] = (pcs = [new Pc('A', share), new Pc('B', share)])
    await a.write((w) => w.create('numberCounters', { used: 1 }, { id: COUNTER }))
    await settle([a, b])
    // A counts on to 5; B, later by the clock, to 3 (it had not seen A's): last writer would go back to 3.
    await a.write((w) => w.update('numberCounters', COUNTER, { used: 5 }))
    b.clock = a.clock + 60_000
    await b.write((w) => w.update('numberCounters', COUNTER, { used: 3 }))
    const byName = { A: a, B: b } as const
    for (const name of order) await byName[name as 'A' | 'B'].sync()
    await settle([a, b])
    for (const pc of [a, b]) expect(await pc.db.numberCounters.get(COUNTER)).toMatchObject({ used: 5 })
    expect(await a.conflicts()).toEqual([])
    expect(await b.conflicts()).toEqual([])
    expect(await a.state()).toBe(await b.state())
  })

  it('keeps the higher count when the same counter row was created on two PCs', async () => {
    const share = new MemoryShare()
    const [a, b] = (pcs = [new Pc('A', share), new Pc('B', share)])
    await a.write((w) => w.create('numberCounters', { used: 7 }, { id: COUNTER }))
    b.clock = a.clock + 60_000
    await b.write((w) => w.create('numberCounters', { used: 2 }, { id: COUNTER }))
    await settle([a, b])
    for (const pc of [a, b]) expect(await pc.db.numberCounters.get(COUNTER)).toMatchObject({ used: 7 })
    expect(await a.state()).toBe(await b.state())
  })
})

const PATTERN = 'HT-{yyyy}{MM}-{seq:4}'
const number = (pc: Pc) => pc.write((w) => takeNumber(w, pc.db, 'contract', PATTERN, '2026-11-27'))
const blockOf = async (pc: Pc) => (await loadNumbering(pc.db)).pcIndex

/** Makes the PC's identity (its first change) without syncing. */
const setUp = (pc: Pc) =>
  pc.write((w) => w.create('settings', { value: pc.name }, { id: `set-up-${pc.name}` }))

/** A cycle of `pc` whose share listings do not show what lies under `hidden` yet (SMB listings lag). */
function syncBlind(pc: Pc, hidden: readonly string[]) {
  const t = pc.share.transport(pc.blobs)
  const blind: ShareTransport = {
    ...t,
    list: async (dir) => {
      const listed = await t.list(dir)
      return {
        ...listed,
        names: listed.names.filter((n) => !hidden.some((h) => `${dir}/${n}`.startsWith(h))),
      }
    },
  }
  return syncOnce(pc.db, blind, { now: () => pc.clock, clockOffsetMs: async () => 0 })
}

describe('sync: number blocks', () => {
  it('gives two PCs joining at once different blocks, and a third PC a third', async () => {
    const share = new MemoryShare()
    const [a, b] = (pcs = [new Pc('A', share), new Pc('B', share)])
    await setUp(a)
    await setUp(b)
    // Each claims before it can see the other's claim: both take the first block.
    await syncBlind(a, [blocksDir(await b.deviceId())])
    await syncBlind(b, [blocksDir(await a.deviceId())])
    expect(await blockOf(a)).toBe(0)
    expect(await blockOf(b)).toBe(0)
    // Once each sees the other's claim, the same one keeps the block on both: the other claims again.
    await settle([a, b])
    expect(new Set([await blockOf(a), await blockOf(b)])).toEqual(new Set([0, 1]))
    const c = new Pc('C', share)
    pcs.push(c)
    await setUp(c)
    await settle([a, b, c])
    expect(await blockOf(c)).toBe(2)
    const numbers = [await number(a), await number(b), await number(c)]
    expect(new Set(numbers).size).toBe(3)
    expect(numbers.map((n) => n.slice(-4)).sort()).toEqual(['0001', '1001', '2001'])
    // Nobody moves again.
    await settle([a, b, c])
    expect(new Set([await blockOf(a), await blockOf(b), await blockOf(c)]).size).toBe(3)
  })

  it('lets the PC that numbered before it created the share keep its block', async () => {
    const share = new MemoryShare()
    const a = new Pc('A', share)
    pcs = [a]
    await setUp(a)
    const own = await blockOf(a)
    const first = await number(a)
    expect(first.slice(-4)).toBe(`${own}001`)
    await a.sync()
    expect(await loadNumbering(a.db)).toMatchObject({ pcIndex: own, claim: { no: 1, order: 1 } })
    expect(await number(a)).toBe(first.replace(/1$/, '2'))
  })

  it('never hands out again a number a PC put back from an old copy had handed out', async () => {
    const share = new MemoryShare()
    const a = new Pc('A', share)
    pcs = [a]
    await setUp(a)
    await a.sync()
    const block = await blockOf(a)
    const issued = [await number(a)]
    await a.sync()
    const backup = await copyOf(a, 'A-backup')
    pcs.push(backup)
    issued.push(await number(a), await number(a))
    await a.sync()
    a.db.close()
    pcs = pcs.filter((p) => p !== a)
    // The database put back from the copy: the counters it lacked come back from the share.
    const r = await backup.sync()
    expect(r.newIdentity).not.toBeNull()
    expect(await backup.db.numberCounters.get(`contract:2026-11:${block}`)).toMatchObject({ used: 3 })
    const next = [await number(backup), await number(backup)]
    for (const n of next) expect(issued).not.toContain(n)
    expect(new Set(next).size).toBe(2)
  })
})
