/**
 * 数据不一致 and 从共享重建本机数据 (SYNC.md `stateDigest`): a record changed
 * behind the engine on one PC is found by both PCs within a cycle once both
 * are caught up, named by table and row; rebuilding that PC from the share
 * puts the record back, keeps its unpublished edits, and both agree again.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { AppFailure } from '@shared/errors/appFailure'
import { rebuildFromShare } from '../../../renderer/src/sync/rebuildFromShare'
import { readDivergence } from '../../../renderer/src/sync/divergence'
import { writeSnapshot } from '../../../renderer/src/sync/snapshots'
import { MemoryShare } from '../../harness/memoryShare'
import { archiveInput } from '../data/archiveFixture'
import { clerk } from '../data/dbFixture'
import { digestOf, divergenceWith, keptAgainstRecomputed, writeBehindEngine } from './digestFixture'
import { Pc, actorOf, settle } from './syncFixture'

let pcs: Pc[] = []
afterEach(() => pcs.forEach((p) => p.db.close()))

const customer = (name: string) => archiveInput('customers', { name }) as never

/** A and B with two customers, caught up, each having read the other's status. */
async function caughtUp(share = new MemoryShare()): Promise<[Pc, Pc]> {
  const [a, b] = (pcs = [new Pc('A', share), new Pc('B', share)])
  await a.write((w) => w.create('customers', customer('福州远航贸易有限公司'), { id: 'C1' }))
  await a.write((w) => w.create('customers', customer('厦门海联机电有限公司'), { id: 'C2' }))
  await b.write((w) => w.create('settings', { value: 1 }, { id: 'k' }))
  await settle([a, b])
  await a.sync()
  await b.sync()
  expect(await digestOf(b)).toEqual(await digestOf(a))
  expect((await readDivergence(a.db)).agree).toEqual([await b.deviceId()])
  return [a, b]
}

const rebuild = (pc: Pc, actor = actorOf(pc.name)) =>
  rebuildFromShare(pc.db, pc.share.transport(pc.blobs), { now: () => pc.clock, actor })

describe('sync: 数据不一致', () => {
  it('raises the alarm on both PCs within a cycle once both are caught up, naming the table and the row', async () => {
    const [a, b] = await caughtUp()
    await writeBehindEngine(b.db, 'customers', 'C1', { phone: '0000-0000000' })
    await b.sync()
    expect(await divergenceWith(b, a)).toEqual([{ t: 'customers', rows: ['C1'], more: 0 }])
    await a.sync()
    expect(await divergenceWith(a, b)).toEqual([{ t: 'customers', rows: ['C1'], more: 0 }])
    // B's next cycle compares A's row list with its own: the same row.
    await b.sync()
    expect(await divergenceWith(b, a)).toEqual([{ t: 'customers', rows: ['C1'], more: 0 }])
    expect((await readDivergence(a.db)).agree).toEqual([])
  })

  it('names a row only one PC has, found by comparing both PCs’ row lists', async () => {
    const [a, b] = await caughtUp()
    // A record put in A's database behind the engine: no op, no hash of its own.
    const c1 = (await a.db.customers.get('C1')) as unknown as Record<string, unknown>
    const { _rh: _, ...copy } = c1
    await writeBehindEngine(a.db, 'customers', 'C9', { ...copy, id: 'C9', name: '凭空出现的客户' })
    await a.sync()
    expect(await divergenceWith(a, b)).toEqual([{ t: 'customers', rows: null, more: 0 }])
    await b.sync()
    expect(await divergenceWith(b, a)).toEqual([{ t: 'customers', rows: ['C9'], more: 0 }])
    await a.sync()
    expect(await divergenceWith(a, b)).toEqual([{ t: 'customers', rows: ['C9'], more: 0 }])
  })

  it('从共享重建本机数据 restores the shared state on B, keeps its unpublished edits, and the alarm clears on both', async () => {
    const [a, b] = await caughtUp()
    await writeBehindEngine(b.db, 'customers', 'C1', { phone: '0000-0000000' })
    await b.sync()
    await a.sync()
    // An edit on B not on the share yet.
    await b.write((w) => w.update('customers', 'C2', { phone: '0592-5550000' } as never))
    const report = await rebuild(b)
    expect(report).toMatchObject({ kept: 1, snapshotFrom: null })
    expect((await b.db.customers.get('C1'))?.phone).toBe((await a.db.customers.get('C1'))?.phone)
    expect(await b.db.customers.get('C2')).toMatchObject({ phone: '0592-5550000' })
    expect(await keptAgainstRecomputed(b.db)).toEqual([])
    expect((await readDivergence(b.db)).with).toEqual({})
    // The rebuild is in B's log.
    expect((await b.db._audit.toArray()).some((e) => e.action === 'rebuildFromShare')).toBe(true)
    await settle([a, b])
    await a.sync()
    await b.sync()
    expect(await a.db.customers.get('C2')).toMatchObject({ phone: '0592-5550000' })
    expect(await b.state()).toBe(await a.state())
    expect(await divergenceWith(a, b)).toEqual([])
    expect(await divergenceWith(b, a)).toEqual([])
    expect((await readDivergence(a.db)).agree).toEqual([await b.deviceId()])
  })

  it('rebuilds from another PC’s newest snapshot when the segments it covers were compacted', async () => {
    const share = new MemoryShare()
    const [a, b] = await caughtUp(share)
    await b.write((w) => w.update('customers', 'C2', { address: '湖里区 1 号' } as never))
    await settle([a, b])
    expect(await writeSnapshot(a.db, share.transport(a.blobs), await a.deviceId())).toBe(true)
    // Every segment but each PC's newest gone, as compaction leaves them.
    const newest = new Map(share.segmentPaths().map((p) => [p.split('/')[1], p]))
    for (const p of share.segmentPaths()) if (![...newest.values()].includes(p)) share.files.delete(p)
    await writeBehindEngine(b.db, 'customers', 'C2', { address: '被改坏的地址' })
    const report = await rebuild(b)
    expect(report.snapshotFrom).toBe(await a.deviceId())
    expect(await b.db.customers.get('C2')).toMatchObject({ address: '湖里区 1 号' })
    await settle([a, b])
    expect(await b.state()).toBe(await a.state())
  })

  it('refuses a rebuild to anyone without the right to manage the share', async () => {
    const [, b] = await caughtUp()
    const refused = await rebuild(b, clerk).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(AppFailure)
    expect((refused as AppFailure).code).toBe('auth.forbidden')
  })
})
