/** SYNC.md acceptance cases 5 (a PC's clock a year ahead) and 19 (mass deletes). */
import { afterEach, describe, expect, it } from 'vitest'
import { decodeHlc } from '@shared/kernel/hlc'
import { confirmWaitingDeletes } from '../../../renderer/src/sync/massDelete'
import { MemoryShare } from '../../harness/memoryShare'
import { Pc, settle } from './syncFixture'

let pcs: Pc[] = []
afterEach(() => pcs.forEach((p) => p.db.close()))

const YEAR = 365 * 86_400_000

describe('sync: guards', () => {
  it('refuses to publish from a PC whose clock is a year ahead, keeps its edits, and publishes them re-stamped once the clock is fixed (case 5)', async () => {
    const share = new MemoryShare()
    const [a, b] = (pcs = [new Pc('A', share), new Pc('B', share)])
    await a.write((w) => w.create('settings', { value: 1 }, { id: 'k' }))
    await settle([a, b])
    a.skewMs = YEAR
    await a.write((w) => w.update('settings', 'k', { value: 2 }))
    await a.write((w) => w.create('settings', { value: 3 }, { id: 'new' }))
    const refused = await a.sync()
    expect(refused.stop).toBe('clockWrong')
    expect(refused.published).toBe(0)
    expect(await a.db.settings.get('k')).toMatchObject({ value: 2 })
    await b.sync()
    expect(await b.db.settings.get('k')).toMatchObject({ value: 1 })
    // The clock is fixed: the future stamps are replaced before anything goes out.
    a.skewMs = 0
    const fixed = await a.sync()
    expect(fixed.stop).toBeNull()
    expect(fixed.published).toBe(2)
    await settle([a, b])
    expect(await b.db.settings.get('k')).toMatchObject({ value: 2 })
    expect(await b.db.settings.get('new')).toMatchObject({ value: 3 })
    for (const pc of [a, b]) {
      const device = (await pc.db._meta.get('device')) as { hlc: string }
      expect(decodeHlc(device.hlc).l).toBeLessThanOrEqual(pc.clock + 86_400_000)
    }
    // A's later edit still wins over its re-stamped ones, on both PCs.
    await a.write((w) => w.update('settings', 'new', { value: 4 }))
    await settle([a, b])
    expect(await b.db.settings.get('new')).toMatchObject({ value: 4 })
    expect(await a.state()).toBe(await b.state())
  })

  it('asks before publishing deletes of most records; nothing is lost meanwhile and they go out once confirmed (case 19)', async () => {
    const share = new MemoryShare()
    const [a, b] = (pcs = [new Pc('A', share), new Pc('B', share)])
    await a.write(async (w) => {
      for (let i = 0; i < 40; i++) await w.create('settings', { value: i }, { id: `k${i}` })
    })
    await settle([a, b])
    await a.write(async (w) => {
      for (let i = 0; i < 38; i++) await w.archive('settings', `k${i}`)
    })
    const held = await a.sync()
    expect(held.stop).toBe('massDelete')
    expect(held.published).toBe(0)
    await b.sync()
    expect((await b.db.settings.toArray()).filter((r) => r.deletedAt).length).toBe(0)
    await confirmWaitingDeletes(a.db)
    await settle([a, b])
    expect((await b.db.settings.toArray()).filter((r) => r.deletedAt).length).toBe(38)
    // Every deleted record is still there, hidden, and can be restored.
    await b.write((w) => w.restore('settings', 'k0'))
    await settle([a, b])
    expect(await a.db.settings.get('k0')).toMatchObject({ deletedAt: null, value: 0 })
  })
})
