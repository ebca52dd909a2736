/** Derived fields travel in no op: the PC that applies a change works them out again. */
import { afterEach, describe, expect, it } from 'vitest'
import { MemoryShare } from '../../harness/memoryShare'
import { archiveInput } from '../data/archiveFixture'
import { Pc, settle, tradeLine } from './syncFixture'

let pcs: Pc[] = []
afterEach(() => pcs.forEach((p) => p.db.close()))

const line = (id: string, qty: number, unitFen: number) =>
  tradeLine(qty, unitFen, { position: Number(id.slice(1)) })

describe('sync: derived fields', () => {
  it('gives a customer renamed on A its new search text (pinyin) on B, and a contact added on A into it', async () => {
    const share = new MemoryShare()
    const [a, b] = (pcs = [new Pc('A', share), new Pc('B', share)])
    await a.write((w) =>
      w.create('customers', archiveInput('customers', { name: '北京智诚科技有限公司' }) as never, {
        id: 'C',
      }),
    )
    await settle([a, b])
    expect((await b.db.customers.get('C'))?.search).toContain('beijingzhicheng')
    await a.write((w) => w.update('customers', 'C', { name: '上海远航贸易有限公司' } as never))
    await a.write((w) =>
      w.create('contacts', {
        parentTable: 'customers',
        parentId: 'C',
        name: '王采购',
        title: '',
        phone: '',
        mobile: '',
        email: '',
        note: '',
      } as never),
    )
    await settle([a, b])
    const search = (await b.db.customers.get('C'))?.search ?? ''
    expect(search).toContain('shanghaiyuanhang')
    expect(search).not.toContain('beijingzhicheng')
    expect(search).toContain('王采购')
  })

  it('sums a contract’s totals on B from the lines A changed', async () => {
    const share = new MemoryShare()
    const [a, b] = (pcs = [new Pc('A', share), new Pc('B', share)])
    await a.write(async (w) => {
      await w.create('contracts', { title: '合同', customerId: 'X', step: 'draft' } as never, { id: 'C1' })
      await w.create('tradeLines', line('L1', 2, 11_300), { id: 'L1' })
    })
    await settle([a, b])
    expect(await b.db.contracts.get('C1')).toMatchObject({ totalFen: 22_600, netFen: 20_000, taxFen: 2_600 })
    await a.write((w) => w.update('tradeLines', 'L1', { qty: 3 }))
    await a.write((w) => w.create('tradeLines', line('L2', 1, 1_130), { id: 'L2' }))
    await settle([a, b])
    expect(await b.db.contracts.get('C1')).toMatchObject({ totalFen: 35_030 })
  })
})
