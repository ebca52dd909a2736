/**
 * SYNC.md case 19 over time and on the receiving side: this PC's deletes
 * are counted over 24 hours, published or not, so a mass delete sent in
 * small batches stops at the threshold too; a PC that receives one lists
 * it (张三的电脑 停用了 N 个客户) and an administrator restores it all.
 */
import i18next from 'i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { receivedDeleteText } from '../../../renderer/src/procedures/sync/receivedDeleteText'
import { zhCN } from '../../../renderer/src/i18n/zh-CN'
import { confirmWaitingDeletes } from '../../../renderer/src/sync/massDelete'
import {
  dismissReceivedDeletes,
  receivedMassDeletes,
  restoreReceivedDeletes,
} from '../../../renderer/src/sync/receivedDeletes'
import { MemoryShare } from '../../harness/memoryShare'
import { archiveInput } from '../data/archiveFixture'
import { Pc, actorOf, settle } from './syncFixture'

let pcs: Pc[] = []
afterEach(() => pcs.forEach((p) => p.db.close()))

const HOUR = 3_600_000
const i18n = i18next.createInstance()
void i18n.init({
  resources: { 'zh-CN': { translation: zhCN } },
  lng: 'zh-CN',
  initAsync: false,
  interpolation: { escapeValue: false },
})
const t = i18n.t.bind(i18n)

async function withCustomers(n: number): Promise<[Pc, Pc]> {
  const share = new MemoryShare()
  const [a, b] = (pcs = [new Pc('张三', share), new Pc('李四', share)])
  await a.write(async (w) => {
    for (let i = 0; i < n; i++)
      await w.create('customers', archiveInput('customers', { name: `客户${i}` }) as never, { id: `C${i}` })
  })
  await settle([a, b])
  return [a, b]
}

const archive = (pc: Pc, from: number, count: number) =>
  pc.write(async (w) => {
    for (let i = from; i < from + count; i++) await w.archive('customers', `C${i}`)
  })

const deleted = async (pc: Pc) => (await pc.db.customers.toArray()).filter((c) => c.deletedAt).length

describe('sync: mass deletes over a day', () => {
  it('stops at the threshold when the deletes go out in batches of 10 within 24 hours', async () => {
    const [a, b] = await withCustomers(60)
    await archive(a, 0, 10)
    expect((await a.sync()).stop).toBeNull()
    a.clock += 2 * HOUR
    // 20 of 60 within a day: more than 30 %, and 20 or more.
    await archive(a, 10, 10)
    const held = await a.sync()
    expect(held.stop).toBe('massDelete')
    expect(held.published).toBe(0)
    await b.sync()
    expect(await deleted(b)).toBe(10)
    await confirmWaitingDeletes(a.db)
    await settle([a, b])
    expect(await deleted(b)).toBe(20)
    // Counted again from the confirmation on.
    await archive(a, 20, 10)
    expect((await a.sync()).stop).toBeNull()
  })

  it('does not add up batches more than 24 hours apart', async () => {
    const [a] = await withCustomers(60)
    await archive(a, 0, 10)
    expect((await a.sync()).stop).toBeNull()
    a.clock += 25 * HOUR
    await archive(a, 10, 10)
    expect((await a.sync()).stop).toBeNull()
  })
})

describe('sync: a mass delete received', () => {
  it('is listed with the PC, the count and the table, and 全部恢复 restores it on every PC', async () => {
    const [a, b] = await withCustomers(30)
    await archive(a, 0, 25)
    expect((await a.sync()).stop).toBe('massDelete')
    await confirmWaitingDeletes(a.db)
    await settle([a, b])
    expect(await deleted(b)).toBe(25)
    // The sender lists nothing; the receiver names the sender's PC by its user.
    expect(await receivedMassDeletes(a.db)).toEqual([])
    const [notice] = await receivedMassDeletes(b.db)
    expect(notice).toMatchObject({ deviceId: await a.deviceId(), by: '张三', table: 'customers', count: 25 })
    expect(receivedDeleteText(t as never, notice, await b.deviceId())).toBe('张三的电脑 停用了 25 个客户')
    const restored = await restoreReceivedDeletes(
      b.db,
      { id: notice.id },
      { actor: actorOf('李四'), now: new Date(b.clock) },
    )
    expect(restored).toBe(25)
    await settle([a, b])
    expect(await deleted(a)).toBe(0)
    expect(await deleted(b)).toBe(0)
    expect(await receivedMassDeletes(b.db)).toEqual([])
    expect(await a.state()).toBe(await b.state())
  })

  it('adds up deletes that arrive in batches within 24 hours, and 知道了 hides it', async () => {
    const [a, b] = await withCustomers(40)
    for (let from = 0; from < 30; from += 10) {
      await archive(a, from, 10)
      await a.sync()
      await confirmWaitingDeletes(a.db)
      await a.sync()
      await b.sync()
    }
    const [notice] = await receivedMassDeletes(b.db)
    expect(notice).toMatchObject({ count: 30, table: 'customers' })
    await dismissReceivedDeletes(b.db, notice.id)
    expect(await receivedMassDeletes(b.db)).toEqual([])
    expect(await deleted(b)).toBe(30)
  })

  it('lets only an administrator restore them all', async () => {
    const [a, b] = await withCustomers(30)
    await archive(a, 0, 25)
    await a.sync()
    await confirmWaitingDeletes(a.db)
    await settle([a, b])
    const [notice] = await receivedMassDeletes(b.db)
    const clerk = { userId: 'U-C', name: '内勤', roles: ['clerk' as const] }
    await expect(
      restoreReceivedDeletes(b.db, { id: notice.id }, { actor: clerk, now: new Date(b.clock) }),
    ).rejects.toMatchObject({
      code: 'auth.forbidden',
    })
    expect(await deleted(b)).toBe(25)
  })
})
