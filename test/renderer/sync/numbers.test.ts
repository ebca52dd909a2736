/**
 * SYNC.md "Joining, keys and numbers": counters merge as the highest value
 * seen, so a number handed out is never handed out again.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { MemoryShare } from '../../harness/memoryShare'
import { Pc, settle } from './syncFixture'

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
