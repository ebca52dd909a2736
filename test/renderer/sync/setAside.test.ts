/**
 * Nothing another PC sends wedges sync (issue 15): an op this PC cannot
 * write fails alone — the rest of its segment and every later segment
 * apply — and is listed, tried again every cycle, and settled by a person.
 */
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { CustomerRecord, ProductRecord } from '@shared/masterData/archiveRecords'
import type { AnyTableSpec } from '@shared/procedures/kit/defineProcedure'
import type { Draft } from '@shared/types/records'
import { tableSpecs } from '@shared/tables/tableSpecs'
import { DeskDb } from '../../../renderer/src/data/db'
import { keepCurrentOverFailed, listFailedRecords, retryFailed } from '../../../renderer/src/sync/failedOps'
import { MemoryShare } from '../../harness/memoryShare'
import { archiveInput } from '../data/archiveFixture'
import { Pc, actorOf, settle } from './syncFixture'

let pcs: Pc[] = []
afterEach(() => {
  vi.restoreAllMocks()
  pcs.forEach((p) => p.db.close())
})

let n = 0
/** A database whose product codes are unique in the store itself (a key the schema refuses twice). */
class StrictDb extends DeskDb {
  constructor() {
    super(`strict-${process.pid}-${++n}-${Date.now()}`)
    this.version(99).stores({ products: 'id, &code' })
  }
}
class StrictPc extends Pc {
  override readonly db: DeskDb = new StrictDb()
}

// Archive rows as a form leaves them (their search text is worked out on each PC).
const customer = (name: string) =>
  ({ ...archiveInput('customers', { name }), search: '' }) as unknown as Draft<CustomerRecord>
const product = (name: string, code: string) =>
  ({ ...archiveInput('products', { name, code }), search: '' }) as unknown as Draft<ProductRecord>

describe('sync: an op this PC cannot write', () => {
  it('fails alone: the rest of its segment and later segments apply; it is listed, tried again, and applies once it can (an op that throws in apply)', async () => {
    const share = new MemoryShare()
    const [a, b] = (pcs = [new Pc('A', share), new Pc('B', share)])
    await a.write(async (w) => {
      await w.create('customers', customer('北京智诚科技有限公司'), { id: 'C1' })
      await w.create('customers', customer('坏数据'), { id: 'C2' })
      await w.create('customers', customer('上海浦江电气有限公司'), { id: 'C3' })
    })
    await a.sync()
    await a.write((w) => w.update('customers', 'C1', { phone: '010-62345678' }))
    await a.write((w) => w.create('customers', customer('广州南方仪表有限公司'), { id: 'C4' }))
    await a.sync()
    // On B (an older app, say) working out this record's search text throws.
    const derive = (tableSpecs.customers as AnyTableSpec).derive
    if (!derive) throw new Error('customers derive their search text')
    const compute = derive.compute.bind(derive)
    vi.spyOn(derive, 'compute').mockImplementation((row, children, kept, related) => {
      if (row.name === '坏数据') throw new TypeError('名称无法转换为拼音')
      return compute(row, children, kept, related)
    })
    const report = await b.sync()
    expect(report.stop).toBeNull()
    expect(await b.db.customers.get('C1')).toMatchObject({ phone: '010-62345678' })
    expect(await b.db.customers.get('C3')).toBeDefined()
    expect(await b.db.customers.get('C4')).toBeDefined()
    expect(await b.db.customers.get('C2')).toBeUndefined()
    const [failed, ...none] = await listFailedRecords(b.db)
    expect(none).toEqual([])
    expect(failed).toMatchObject({ t: 'customers', r: 'C2', row: undefined, from: [await a.deviceId()] })
    expect(failed.error).toContain('名称无法转换为拼音')
    // Every cycle tries again; it stays listed while it cannot apply, and nothing else waits for it.
    await a.write((w) => w.update('customers', 'C3', { phone: '021-5555' }))
    await settle([a, b])
    expect(await b.db.customers.get('C3')).toMatchObject({ phone: '021-5555' })
    expect(await listFailedRecords(b.db)).toHaveLength(1)
    // The cause goes (the app updated): a person's 重试, or the next cycle, applies it.
    vi.mocked(derive.compute).mockRestore()
    expect(await retryFailed(b.db, failed, b.clock)).toBe(0)
    expect(await b.db.customers.get('C2')).toMatchObject({ name: '坏数据' })
    expect(await listFailedRecords(b.db)).toEqual([])
    await settle([a, b])
    expect(await a.state()).toBe(await b.state())
  })

  it('sets aside a row the store refuses (a unique key), applies the rest, retries once the key is free, and keeps this PC’s value when a person says so — on both PCs', async () => {
    const share = new MemoryShare()
    const a = new Pc('A', share)
    const b = new StrictPc('B', share)
    pcs = [a, b]
    await b.write((w) => w.create('products', product('智能电表', 'DTZ-341'), { id: 'P2' }))
    await a.write(async (w) => {
      await w.create('products', product('智能电表（三相）', 'DTZ-341'), { id: 'P1' })
      await w.create('products', product('低压开关柜', 'MNS-400'), { id: 'P3' })
    })
    await settle([a, b])
    expect(await b.db.products.get('P3')).toBeDefined()
    expect(await b.db.products.get('P1')).toBeUndefined()
    expect(await a.db.products.get('P2')).toBeDefined()
    const [refused] = await listFailedRecords(b.db)
    expect(refused).toMatchObject({ t: 'products', r: 'P1' })
    expect(refused.error).toContain('ConstraintError')
    // Its create cannot be kept out by "keep this PC's values": there are none here.
    await expect(
      keepCurrentOverFailed(b.db, refused, { actor: actorOf('B'), now: new Date(b.clock) }),
    ).rejects.toMatchObject({ code: 'data.notFound' })
    // B's own product takes another code: the next cycle applies A's.
    await b.write((w) => w.update('products', 'P2', { code: 'DTZ-341-B' }))
    await settle([a, b])
    expect(await b.db.products.get('P1')).toMatchObject({ code: 'DTZ-341' })
    expect(await listFailedRecords(b.db)).toEqual([])

    // A field edit the store refuses: B keeps its own value, and A takes it too.
    await a.write((w) => w.update('products', 'P3', { code: 'DTZ-341-B', spec: '改型' }))
    await settle([a, b])
    const [edit] = await listFailedRecords(b.db)
    expect(edit).toMatchObject({ t: 'products', r: 'P3' })
    expect(edit.row).toMatchObject({ code: 'MNS-400' })
    await keepCurrentOverFailed(b.db, edit, { actor: actorOf('B'), now: new Date((b.clock += 1000)) })
    expect(await listFailedRecords(b.db)).toEqual([])
    await settle([a, b])
    for (const pc of [a, b])
      expect(await pc.db.products.get('P3')).toMatchObject({ code: 'MNS-400', spec: '' })
    expect(await a.state()).toBe(await b.state())
    expect(await a.conflicts()).toEqual(await b.conflicts())
  })
})
