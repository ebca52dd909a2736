/** SYNC.md acceptance cases 6, 7, 8, 9, 10, 12 and 17: what a reader does with what it finds on the share. */
import { afterEach, describe, expect, it } from 'vitest'
import { encodeHlc } from '@shared/kernel/hlc'
import { encodeSegment, segmentName } from '@shared/sync/segment'
import { flagTransaction } from '../../../renderer/src/data/guardMiddleware'
import { releaseQuarantine } from '../../../renderer/src/sync/heldOps'
import { nextSegment } from '../../../renderer/src/sync/outgoing'
import { MemoryShare } from '../../harness/memoryShare'
import { firstSegmentHeader } from '../../harness/segmentHeader'
import { Pc, settle } from './syncFixture'

let pcs: Pc[] = []
afterEach(() => pcs.forEach((p) => p.db.close()))

function make(n: number): [Pc[], MemoryShare] {
  const share = new MemoryShare()
  pcs = Array.from({ length: n }, (_, i) => new Pc('ABC'[i], share))
  return [pcs, share]
}

async function threeSegments(a: Pc): Promise<string[]> {
  const paths: string[] = []
  for (const v of [1, 2, 3]) {
    await a.write((w) => w.create('settings', { value: v }, { id: `k${v}` }))
    await a.sync()
    paths.push(a.share.segmentPaths().at(-1) as string)
  }
  return paths
}

describe('sync: delivery', () => {
  it('changes nothing when the same segments arrive again, even with the cursor reset to zero (case 9)', async () => {
    const [[a, b]] = make(2)
    await threeSegments(a)
    await a.write((w) => w.update('settings', 'k1', { value: 10 }))
    b.clock = a.clock + 1000
    await settle([a, b])
    await b.write((w) => w.update('settings', 'k1', { value: 11 }))
    await settle([a, b])
    const before = [await b.state(), await b.conflicts()]
    await b.db.transaction('rw', '_cursors', async (tx) => {
      flagTransaction(tx.idbtrans, 'sync')
      await b.db._cursors.clear()
    })
    const again = await b.sync()
    expect(again.applied).toBeGreaterThan(0)
    expect([await b.state(), await b.conflicts()]).toEqual(before)
    expect(await b.db._outbox.where('published').equals(0).count()).toBe(0)
  })

  it('waits at a gap: segment 2 listed before 1, and 1 ENOENT for a while, leave the cursor where it was; later both apply in order (case 10)', async () => {
    const [[a, b], share] = make(2)
    const [first, second] = await threeSegments(a)
    share.unlisted.add(first)
    const files = new Map(share.files)
    share.files.delete(second.replace(segmentName(2), segmentName(3)))
    const r = await b.sync()
    expect(r.applied).toBe(0)
    expect(r.waiting).toBe(1)
    expect(await b.db.settings.count()).toBe(0)
    expect(await b.db._cursors.count()).toBe(0)
    share.unlisted.clear()
    for (const [p, t] of files) share.files.set(p, t)
    await b.sync()
    expect((await b.db.settings.toArray()).map((s) => s.value).sort()).toEqual([1, 2, 3])
    expect((await b.db._cursors.toArray())[0]).toMatchObject({ segNo: 3 })
  })

  it.each([
    ['zero-length', () => ''],
    ['cut at a byte', (t: string) => t.slice(0, Math.floor(t.length * 0.6))],
    ['garbage appended', (t: string) => `${t}{"junk":true}\n`],
    ['valid body, wrong checksum', (t: string) => t.replace('"value":3', '"value":9')],
  ])(
    'applies nothing from a torn segment (%s), and its writer republishes identical bytes (case 7)',
    async (_, tear) => {
      const [[a, b], share] = make(2)
      const [, , last] = await threeSegments(a)
      const good = share.files.get(last) as string
      share.files.set(last, tear(good))
      await b.sync()
      expect((await b.db.settings.toArray()).map((s) => s.value).sort()).toEqual([1, 2])
      expect((await b.db._cursors.toArray())[0]).toMatchObject({ segNo: 2 })
      // The writer checks its last segment at every cycle and puts the same bytes back.
      await a.sync()
      expect(share.files.get(last)).toBe(good)
      await b.sync()
      expect((await b.db.settings.toArray()).map((s) => s.value).sort()).toEqual([1, 2, 3])
    },
  )

  it('loses nothing and applies nothing twice when publishing crashes after the file is written but before it is recorded (case 8)', async () => {
    const [[a, b], share] = make(2)
    await a.write((w) => w.create('settings', { value: 1 }, { id: 'k' }))
    const seg = await nextSegment(a.db)
    // "Crash": the segment is on the share, the outbox still says unpublished.
    share.files.set(`devices/${await a.deviceId()}/seg/${segmentName(1)}`, seg?.text as string)
    await a.write((w) => w.update('settings', 'k', { value: 2 }))
    const r = await a.sync()
    expect(r.published).toBe(1)
    expect(share.segmentPaths()).toHaveLength(2)
    await b.sync()
    expect(await b.db.settings.get('k')).toMatchObject({ value: 2 })
    const ids = (await b.db._audit.toArray()).map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('stops on another share’s FORMAT.json, and on its own folder gone, without deleting or publishing anything (case 12)', async () => {
    const [[a], share] = make(1)
    await a.write((w) => w.create('settings', { value: 1 }, { id: 'k' }))
    await a.sync()
    share.shareId = 'another-share'
    await a.write((w) => w.update('settings', 'k', { value: 2 }))
    expect((await a.sync()).stop).toBe('wrongShare')
    share.shareId = 'share-1'
    share.files.clear()
    const r = await a.sync()
    expect(r.stop).toBe('ownFolderMissing')
    expect(share.files.size).toBe(0)
    expect(await a.db.settings.get('k')).toMatchObject({ value: 2 })
  })

  it('quarantines ops stamped a year ahead: nothing applied, the clock untouched; released once time catches up (case 6)', async () => {
    const [[, b], share] = make(2)
    const now = b.clock
    const future = encodeHlc({ l: now + 365 * 86_400_000, c: 0, node: 'FUTUREPC' })
    const text = futureSegment(future)
    share.files.set(`devices/FUTUREPC/seg/${segmentName(1)}`, text)
    await b.write((w) => w.create('settings', { value: 1 }, { id: 'own' }))
    await b.sync()
    expect(await b.db.settings.get('k')).toBeUndefined()
    expect(await b.db._quarantine.count()).toBe(1)
    const device = (await b.db._meta.get('device')) as { hlc: string }
    expect(device.hlc < future).toBe(true)
    // An administrator accepts that PC's changes: applied, nothing dropped.
    expect(await releaseQuarantine(b.db, b.clock, 'FUTUREPC')).toBe(1)
    expect(await b.db.settings.get('k')).toMatchObject({ value: 7 })
    expect(await b.db._quarantine.count()).toBe(0)
  })

  it('releases quarantined ops by itself once real time is within a day of them (case 6)', async () => {
    const [[, b], share] = make(2)
    const future = encodeHlc({ l: b.clock + 3 * 86_400_000, c: 0, node: 'FUTUREPC' })
    share.files.set(`devices/FUTUREPC/seg/${segmentName(1)}`, futureSegment(future))
    await b.sync()
    expect(await b.db._quarantine.count()).toBe(1)
    b.clock += 2.5 * 86_400_000
    await b.sync()
    expect(await b.db.settings.get('k')).toMatchObject({ value: 7 })
    expect(await b.db._quarantine.count()).toBe(0)
  })

  it('stops syncing with a prompt when the share is of a newer format, and keeps working locally (case 17)', async () => {
    const [[a], share] = make(1)
    await a.write((w) => w.create('settings', { value: 1 }, { id: 'k' }))
    share.formatVersion = 2
    const r = await a.sync()
    expect(r.stop).toBe('formatTooNew')
    expect(share.segmentPaths()).toEqual([])
    await a.write((w) => w.update('settings', 'k', { value: 2 }))
    expect(await a.db.settings.get('k')).toMatchObject({ value: 2 })
  })

  it('keeps an op written by a newer schema pending while the rest of its segment applies (case 17)', async () => {
    const [[, b], share] = make(2)
    const h = encodeHlc({ l: b.clock - 60_000, c: 0, node: 'NEWERPC' })
    const h2 = encodeHlc({ l: b.clock - 59_000, c: 0, node: 'NEWERPC' })
    share.files.set(
      `devices/NEWERPC/seg/${segmentName(1)}`,
      encodeSegment(
        {
          format: 1,
          deviceId: 'NEWERPC',
          incarnation: 1,
          writerNonce: 'n',
          segNo: 1,
          seqFrom: 1,
          seqTo: 3,
          auditFrom: 1,
          auditTo: 0,
          prevSegHash: null,
        },
        [
          {
            id: 'NEWERPC:1',
            t: 'settings',
            r: 'k',
            f: '*',
            v: { value: 1, deletedAt: null },
            h,
            p: null,
            sv: 4,
          },
          { id: 'NEWERPC:2', t: 'settings', r: 'k', f: 'colour', v: 'red', h: h2, p: h, sv: 99 },
          { id: 'NEWERPC:3', t: 'deliveries', r: 'd', f: '*', v: { no: 'FH-1' }, h: h2, p: null, sv: 99 },
        ],
      ),
    )
    await b.sync()
    expect(await b.db.settings.get('k')).toMatchObject({ value: 1 })
    expect(await b.db.settings.get('k')).not.toHaveProperty('colour')
    expect((await b.db._pending.toArray()).map((p) => [p.id, p.reason]).sort()).toEqual([
      ['NEWERPC:2', 'newerSchema'],
      ['NEWERPC:3', 'unknownTable'],
    ])
    // Still held after another cycle: this version cannot read them, and drops nothing.
    await b.sync()
    expect(await b.db._pending.count()).toBe(2)
  })

  it('keeps ops of a newer app version and of a row not here yet as pending, and applies the latter when the row arrives (case 17)', async () => {
    const [[a, b, c]] = make(3)
    await a.write((w) => w.create('settings', { value: 1 }, { id: 'k' }))
    await a.sync()
    await c.sync()
    // C edits the row A created; B hears from C before A's segment is listed.
    await c.write((w) => w.update('settings', 'k', { value: 2 }))
    await c.sync()
    const aId = await a.deviceId()
    const aSeg = a.share.segmentPaths().find((p) => p.includes(`/${aId}/`)) as string
    a.share.unlisted.add(aSeg)
    await b.sync()
    expect(await b.db._pending.count()).toBe(1)
    expect(await b.db.settings.get('k')).toBeUndefined()
    a.share.unlisted.clear()
    await b.sync()
    expect(await b.db.settings.get('k')).toMatchObject({ value: 2 })
    expect(await b.db._pending.count()).toBe(0)
  })
})

/** One segment from a PC whose clock runs ahead: it creates setting k = 7 at `h`. */
function futureSegment(h: string): string {
  return encodeSegment(firstSegmentHeader('FUTUREPC'), [
    {
      id: 'FUTUREPC:1',
      t: 'settings',
      r: 'k',
      f: '*',
      v: { value: 7, deletedAt: null },
      h,
      p: null,
      sv: 4,
    },
  ])
}
