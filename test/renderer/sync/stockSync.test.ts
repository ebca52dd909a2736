/**
 * The stock ledger across PCs: a product's stock row (stockItems, id = the
 * product's) is made by whichever PC moves it first — by both, when they do
 * so before syncing — without a conflict, and every PC works the balance
 * out from the merged ledger.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { writeMovements } from '../../../renderer/src/data/repositories/shipping/stockRepo'
import { MemoryShare } from '../../harness/memoryShare'
import { archiveInput } from '../data/archiveFixture'
import { Pc, settle } from './syncFixture'

let pcs: Pc[] = []
afterEach(() => pcs.forEach((p) => p.db.close()))

const move = (pc: Pc, kind: 'in' | 'out', qty: number, number: string) =>
  pc.write((w) =>
    writeMovements(w, pc.db, [
      {
        productId: 'P',
        kind,
        date: '2026-11-20',
        qty,
        sourceTable: '',
        sourceId: '',
        sourceNumber: number,
        handledBy: pc.name,
        note: '',
      },
    ]),
  )

describe('sync: the stock ledger', () => {
  it('makes one stock row when two PCs move a product first, with no conflict, and the same balance on both', async () => {
    const share = new MemoryShare()
    const [a, b] = (pcs = [new Pc('A', share), new Pc('B', share)])
    await a.write((w) =>
      w.create('products', archiveInput('products', { name: '断路器', model: 'NSX100F' }) as never, {
        id: 'P',
      }),
    )
    await settle([a, b])
    await move(a, 'in', 10, 'RK-A-1')
    await move(b, 'in', 4, 'RK-B-1')
    await settle([a, b])
    for (const pc of [a, b]) {
      expect(await pc.db.stockItems.get('P')).toMatchObject({ balance: 14, movements: 2 })
      expect(await pc.db._conflicts.count()).toBe(0)
    }
    await move(b, 'out', 3, 'FY-B-1')
    await settle([a, b])
    expect((await a.db.stockItems.get('P'))?.balance).toBe(11)
    expect(await a.state()).toBe(await b.state())
  })
})
