/**
 * Schema 9 brings a contract's shipping state (kept by the shipping
 * procedure): contracts stored before it get theirs worked out once in the
 * upgrade, from their stored lines, orders and shipments, as the unit of
 * work keeps it from then on. (The bench's profile, seeded at schema 8,
 * goes through the real upgrade.)
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { DeskDb } from '../../../renderer/src/data/db'
import { deriveRelatedFields } from '../../../renderer/src/data/deriveUpgrade'
import { flagTransaction } from '../../../renderer/src/data/guardMiddleware'
import { freshDb } from './dbFixture'
import { contractLineRow } from './rawRows'

let db: DeskDb
afterEach(() => db?.close())

const line = (id: string, parentId: string) => ({ id, ...contractLineRow(parentId), deletedAt: null })
const stored = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  number: id,
  step: 'filed',
  deliveredOn: '',
  totalFen: 0,
  deletedAt: null,
  ...over,
})

describe('the schema 9 upgrade', () => {
  it('works out every stored contract’s shipping state, and totals alike', async () => {
    db = freshDb()
    await db.open()
    await db.transaction('rw', db.tables, async (tx) => {
      flagTransaction(tx.idbtrans, 'maintenance')
      await db
        .table('contracts')
        .bulkPut([
          stored('WAIT', { filedOn: '2025-01-02' }),
          stored('ORDERED'),
          stored('DONE'),
          stored('BYHAND', { deliveredOn: '2025-03-01' }),
        ])
      await db
        .table('tradeLines')
        .bulkPut(['WAIT', 'ORDERED', 'DONE', 'BYHAND'].map((c) => line(`${c}-L`, c)))
      await db
        .table('purchaseOrders')
        .bulkPut([{ id: 'O', contractId: 'ORDERED', step: 'ordered', deletedAt: null }])
      await db.table('shipments').bulkPut([{ id: 'S', contractId: 'DONE', step: 'filed', deletedAt: null }])
      await db
        .table('shipmentLines')
        .bulkPut([
          { id: 'SL', parentId: 'S', contractId: 'DONE', sourceLineId: 'DONE-L', qty: 2, deletedAt: null },
        ])
    })
    await db.transaction('rw', db.tables, (tx) => deriveRelatedFields(tx))
    const rows = (await db.table('contracts').toArray()) as {
      id: string
      shippingState: string
      totalFen: number
    }[]
    expect(Object.fromEntries(rows.map((r) => [r.id, r.shippingState]))).toEqual({
      WAIT: 'waiting',
      ORDERED: 'open',
      DONE: 'delivered',
      BYHAND: 'delivered',
    })
    expect(rows.every((r) => r.totalFen === 100_000)).toBe(true)
    // The checks find them by the new index at once.
    expect(
      await db.contracts
        .where('[step+shippingState+filedOn]')
        .between(['filed', 'waiting', ''], ['filed', 'waiting', '9999'])
        .count(),
    ).toBe(1)
  })
})
