/**
 * SYNC.md "Device identity": a second writer under one PC's id — a cloned
 * PC, or a database put back from an old copy while the original went on —
 * makes the PC that finds the other's segments in its folder take a new id
 * by itself, keeping every change of both.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { decodeHlc } from '@shared/kernel/hlc'
import { clocksOf } from '@shared/sync/rowClocks'
import { segmentName } from '@shared/sync/segment'
import { verifyAuditEntries } from '../../../renderer/src/data/auditChain'
import { flagTransaction } from '../../../renderer/src/data/guardMiddleware'
import { MemoryShare } from '../../harness/memoryShare'
import { syncOnce } from '../../../renderer/src/sync/syncOnce'
import { archiveInput } from '../data/archiveFixture'
import { Pc, copyOf, settle } from './syncFixture'

let pcs: Pc[] = []
afterEach(() => pcs.forEach((p) => p.db.close()))

async function withCustomer(): Promise<[Pc, MemoryShare]> {
  const share = new MemoryShare()
  const a = new Pc('A', share)
  pcs.push(a)
  await a.write((w) =>
    w.create('customers', archiveInput('customers', { name: '福州远航贸易有限公司' }) as never, { id: 'C1' }),
  )
  await a.sync()
  return [a, share]
}

const customer = (pc: Pc) => pc.db.customers.get('C1')

describe('sync: a second writer under one id', () => {
  it('moves the cloned PC to a new id, keeps the change both had from before the copy once, and brings every change to both', async () => {
    const [a] = await withCustomer()
    // Made before the copy, not yet published: both PCs hold it.
    await a.write((w) => w.update('customers', 'C1', { phone: '0591-1' } as never))
    const b = await copyOf(a, 'B')
    pcs.push(b)
    const oldId = await a.deviceId()
    expect(await b.deviceId()).toBe(oldId)
    await a.write((w) => w.update('customers', 'C1', { address: '五四路 1 号' } as never))
    await b.write((w) => w.update('customers', 'C1', { region: '厦门' } as never))
    expect((await a.sync()).newIdentity).toBeNull()
    const moved = await b.sync()
    expect(moved.newIdentity).toEqual({ from: oldId, to: await b.deviceId() })
    expect(await b.deviceId()).not.toBe(oldId)
    await settle([a, b])
    expect(await a.deviceId()).toBe(oldId)
    for (const pc of [a, b])
      expect(await customer(pc)).toMatchObject({ phone: '0591-1', address: '五四路 1 号', region: '厦门' })
    expect(await b.state()).toBe(await a.state())
    expect(await a.conflicts()).toEqual([])
    expect(await b.conflicts()).toEqual([])
    // The phone edit went out once, under the old id; B's own edit under its new one.
    const newId = await b.deviceId()
    const onShare = share(a).segmentPaths()
    expect(onShare.filter((p) => p.includes(newId))).toHaveLength(1)
    const bOps = await b.db._outbox.orderBy('seq').toArray()
    expect(bOps.map((op) => op.opId.split(':')[0])).toEqual([oldId, oldId, newId])
    expect(decodeHlc(bOps[2].h).node).toBe(newId)
    expect(clocksOf((await customer(b)) ?? {}).region?.h).toBe(bOps[2].h)
    expect(clocksOf((await customer(a)) ?? {}).region?.h).toBe(bOps[2].h)
  })

  it('takes the new id in the same cycle when the other PC wrote this PC’s next segment first', async () => {
    const [a, share] = await withCustomer()
    const b = await copyOf(a, 'B')
    pcs.push(b)
    const oldId = await a.deviceId()
    await b.write((w) => w.update('customers', 'C1', { region: '厦门' } as never))
    await a.write((w) => w.update('customers', 'C1', { phone: '0591-1' } as never))
    expect((await b.sync()).newIdentity).toBeNull()
    // A's check does not see B's segment yet (a listing a moment old); its write meets it.
    share.unlisted.add(`devices/${oldId}/seg/${segmentName(2)}`)
    const transport = share.transport(a.blobs)
    const racing = {
      ...transport,
      writeImmutable: async (path: string, text: string, deviceId: string) => {
        share.unlisted.clear()
        return transport.writeImmutable(path, text, deviceId)
      },
    }
    const r = await syncOnce(a.db, racing, { now: () => a.clock })
    expect(r.newIdentity?.from).toBe(oldId)
    expect(r.published).toBe(1)
    expect(await a.deviceId()).not.toBe(oldId)
    await settle([a, b])
    for (const pc of [a, b]) expect(await customer(pc)).toMatchObject({ phone: '0591-1', region: '厦门' })
  })

  it('lists the same conflict on both when the clone and the original changed one field, under the moved edit’s new HLC', async () => {
    const [a] = await withCustomer()
    const b = await copyOf(a, 'B')
    pcs.push(b)
    await b.write((w) => w.update('customers', 'C1', { phone: '0591-B' } as never))
    a.clock += 60_000
    await a.write((w) => w.update('customers', 'C1', { phone: '0591-A' } as never))
    // A conflict B listed earlier against its own unpublished edit (its value lost there).
    const own = (await b.db._outbox.orderBy('seq').last())?.h as string
    await b.db.transaction('rw', b.db._conflicts, async (tx) => {
      flagTransaction(tx.idbtrans, 'sync')
      await b.db._conflicts.put({
        t: 'customers',
        r: 'C1',
        f: 'notes',
        h: own,
        kind: 'value',
        v: '',
        deviceId: decodeHlc(own).node,
      })
    })
    await a.sync()
    const { newIdentity } = await b.sync()
    expect(newIdentity).not.toBeNull()
    const moved = (await b.db._conflicts.where('[t+r]').equals(['customers', 'C1']).toArray()).find(
      (c) => c.f === 'notes',
    )
    expect(moved).toMatchObject({
      h: `${own.slice(0, own.lastIndexOf('-'))}-${newIdentity?.to}`,
      deviceId: newIdentity?.to,
    })
    await b.db.transaction('rw', b.db._conflicts, async (tx) => {
      flagTransaction(tx.idbtrans, 'sync')
      await b.db._conflicts.delete(['customers', 'C1', 'notes', moved?.h as string])
    })
    await settle([a, b])
    // A's edit is the later one: it wins everywhere, and B's moved value is the one conflict on both.
    for (const pc of [a, b]) expect(await customer(pc)).toMatchObject({ phone: '0591-A' })
    const listed = await a.conflicts()
    expect(listed).toHaveLength(1)
    expect(listed[0]).toContain(`-${newIdentity?.to}/value`)
    expect(await b.conflicts()).toEqual(listed)
  })

  it('gives a database put back from an old copy what its original published since, and its new changes a new id', async () => {
    const [a, share] = await withCustomer()
    const old = await copyOf(a, 'A-backup')
    pcs.push(old)
    await a.write((w) => w.update('customers', 'C1', { phone: '0591-2' } as never))
    await a.sync()
    await a.write((w) => w.update('customers', 'C1', { address: '五四路 2 号' } as never))
    await a.sync()
    // The original is gone; the old copy goes on with a change of its own.
    const originalId = await a.deviceId()
    a.db.close()
    pcs = pcs.filter((p) => p !== a)
    await old.write((w) => w.update('customers', 'C1', { region: '泉州' } as never))
    const r = await old.sync()
    expect(r.newIdentity?.from).toBe(originalId)
    expect(await customer(old)).toMatchObject({ phone: '0591-2', address: '五四路 2 号', region: '泉州' })
    const c = new Pc('C', share)
    pcs.push(c)
    await c.sync()
    expect(await customer(c)).toMatchObject({ phone: '0591-2', address: '五四路 2 号', region: '泉州' })
  })

  it('starts the new id on an audit chain of its own that says where it came from, every chain whole', async () => {
    const [a] = await withCustomer()
    await a.write((w) => w.update('customers', 'C1', { phone: '0591-1' } as never))
    const b = await copyOf(a, 'B')
    pcs.push(b)
    await a.write((w) => w.update('customers', 'C1', { address: '五四路 1 号' } as never))
    await b.write((w) => w.update('customers', 'C1', { region: '厦门' } as never))
    await a.sync()
    const { newIdentity } = await b.sync()
    await settle([a, b])
    const entries = await b.db._audit.orderBy('[deviceId+seq]').toArray()
    expect(verifyAuditEntries(entries)).toEqual([])
    const mine = entries.filter((e) => e.deviceId === newIdentity?.to)
    expect(mine.map((e) => e.action)).toEqual(['update', 'newDeviceId'])
    expect(mine[1].changes).toEqual({ deviceId: { from: newIdentity?.from, to: newIdentity?.to } })
    // A holds B's new chain too, and its own whole.
    expect(verifyAuditEntries(await a.db._audit.orderBy('[deviceId+seq]').toArray())).toEqual([])
    expect((await a.db._audit.toArray()).filter((e) => e.deviceId === newIdentity?.to)).toHaveLength(2)
  })
})

const share = (pc: Pc): MemoryShare => pc.share
