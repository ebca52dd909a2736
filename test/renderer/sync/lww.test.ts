/** SYNC.md acceptance cases 2, 3, 4 and 18 (no echo): merging edits made on two PCs. */
import { afterEach, describe, expect, it } from 'vitest'
import { listConflicts, settleConflict } from '../../../renderer/src/sync/conflicts'
import { MemoryShare } from '../../harness/memoryShare'
import { Pc, actorOf, settle, tradeLine } from './syncFixture'

let pcs: Pc[] = []
afterEach(() => pcs.forEach((p) => p.db.close()))

function twoPcs(): [Pc, Pc, MemoryShare] {
  const share = new MemoryShare()
  pcs = [new Pc('A', share), new Pc('B', share)]
  return [pcs[0], pcs[1], share]
}

const line = (qty: number, unitFen: number) => tradeLine(qty, unitFen)

describe('sync: the same record edited on two PCs', () => {
  it('converges on the later write of one field, lists the loser once on every PC, and resolving it on B clears it on A (case 2)', async () => {
    const [a, b] = twoPcs()
    await a.write((w) => w.create('settings', { value: 5 }, { id: 'price' }))
    await settle([a, b])
    expect(await b.db.settings.get('price')).toMatchObject({ value: 5, createdBy: 'U-A' })
    // Both offline: A writes 10, then B (later clock) writes 12.
    await a.write((w) => w.update('settings', 'price', { value: 10 }))
    b.clock = a.clock + 5000
    await b.write((w) => w.update('settings', 'price', { value: 12 }))
    await settle([a, b])
    expect((await a.db.settings.get('price'))?.value).toBe(12)
    expect((await b.db.settings.get('price'))?.value).toBe(12)
    expect(await a.state()).toBe(await b.state())
    const onA = await a.conflicts()
    expect(onA).toHaveLength(1)
    expect(onA[0]).toContain('/settings/'.slice(1))
    expect(await b.conflicts()).toEqual(onA)
    const [listed] = await listConflicts(b.db)
    expect(listed).toMatchObject({ t: 'settings', r: 'price', f: 'value', v: 10, current: 12, kind: 'value' })
    // B takes A's value; the op names the loser, so A drops it too.
    await settleConflict(b.db, listed, 'takeLosing', { actor: actorOf('B'), now: new Date(b.clock + 1000) })
    expect(await b.conflicts()).toEqual([])
    await settle([a, b])
    expect(await a.conflicts()).toEqual([])
    expect((await a.db.settings.get('price'))?.value).toBe(10)
    expect(await a.state()).toBe(await b.state())
  })

  it('keeps both edits of different fields without a conflict, and takes a field group from one side whole (case 3)', async () => {
    const [a, b] = twoPcs()
    await a.write((w) => w.create('tradeLines', line(2, 1000), { id: 'L1' }))
    await settle([a, b])
    await a.write((w) => w.update('tradeLines', 'L1', { name: '低压开关柜' }))
    await b.write((w) => w.update('tradeLines', 'L1', { note: '加急' }))
    await settle([a, b])
    expect(await a.db.tradeLines.get('L1')).toMatchObject({ name: '低压开关柜', note: '加急' })
    expect(await a.conflicts()).toEqual([])
    // qty on A, price on B: one group, so the later side's qty AND price win together.
    await a.write((w) => w.update('tradeLines', 'L1', { qty: 5 }))
    b.clock = a.clock + 5000
    await b.write((w) => w.update('tradeLines', 'L1', { unitFen: 900 }))
    await settle([a, b])
    for (const pc of [a, b]) expect(await pc.db.tradeLines.get('L1')).toMatchObject({ qty: 2, unitFen: 900 })
    const conflicts = await a.conflicts()
    expect(conflicts).toHaveLength(1)
    expect(conflicts[0]).toContain('/price/')
    expect(conflicts[0]).toContain('"qty":5')
    expect(await b.conflicts()).toEqual(conflicts)
  })

  it('hides a row deleted on A while B edits it, keeps B’s edit on the hidden row, and offers restore; restoring shows B’s name everywhere (case 4)', async () => {
    const [a, b] = twoPcs()
    await a.write((w) => w.create('tradeLines', line(1, 100), { id: 'L1' }))
    await settle([a, b])
    await a.write((w) => w.archive('tradeLines', 'L1'))
    b.clock = a.clock + 5000
    await b.write((w) => w.update('tradeLines', 'L1', { name: '改名' }))
    await settle([a, b])
    for (const pc of [a, b]) {
      const row = await pc.db.tradeLines.get('L1')
      expect(row?.deletedAt).not.toBeNull()
      expect(row?.name).toBe('改名')
    }
    const [c] = await listConflicts(a.db)
    expect(c).toMatchObject({ kind: 'deleteEdit', f: 'deletedAt' })
    expect(await b.conflicts()).toEqual(await a.conflicts())
    await settleConflict(a.db, c, 'restore', { actor: actorOf('A'), now: new Date(b.clock + 1000) })
    await settle([a, b])
    for (const pc of [a, b]) {
      expect(await pc.db.tradeLines.get('L1')).toMatchObject({ deletedAt: null, name: '改名' })
      expect(await pc.conflicts()).toEqual([])
    }
  })

  it('writes no op of its own when it applies another PC’s changes (case 18, no echo)', async () => {
    const [a, b] = twoPcs()
    await a.write((w) => w.create('settings', { value: 1 }, { id: 'k' }))
    await a.write((w) => w.update('settings', 'k', { value: 2 }))
    await settle([a, b])
    expect(await b.db.settings.get('k')).toMatchObject({ value: 2 })
    expect(await b.db._outbox.count()).toBe(0)
    // B's clock moved past what it received: its next write is stamped later.
    await b.write((w) => w.update('settings', 'k', { value: 3 }))
    await settle([a, b])
    expect((await a.db.settings.get('k'))?.value).toBe(3)
  })
})
