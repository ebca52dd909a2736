/**
 * The due checks read their candidates by index, never a whole table
 * (dashboard.due_ms): a check with more items than it shows reads the first
 * and counts the rest by the index, and the count must be exact — the
 * "N more" line says how many are left, whatever steps and states the
 * records are in. Records are written raw in one action each, as a
 * repository would leave them.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { TFunction } from 'i18next'
import { paymentsDeadline } from '@shared/procedures/collections/paymentsDeadline'
import { COUNT_CAP, SHOWN_ITEMS } from '@shared/procedures/kit/deadlines'
import {
  deliveryDeadline,
  promisedDateDeadline,
  purchaseOrderDeadline,
} from '@shared/procedures/shipping/deadlines'
import type { DeskDb } from '../../../renderer/src/data/db'
import { runWrite } from '../../../renderer/src/data/unitOfWork'
import { deadlineCheck } from '../../../renderer/src/procedures/dashboard/deadlineChecks'
import { as } from '../data/archiveFixture'
import { at, clerk, freshDb } from '../data/dbFixture'
import { contractLineRow } from '../data/rawRows'

let db: DeskDb
afterEach(() => db?.close())

const t = ((k: string, o?: object) => (o ? `${k} ${JSON.stringify(o)}` : k)) as unknown as TFunction
const today = '2026-12-04'
const ctx = {
  get db() {
    return db
  },
  now: at(`${today}T09:00:00+08:00`),
  t,
}
const pad = (n: number) => String(n).padStart(2, '0')

/** A contract with one line of 2 units; `shipped`: a signed shipment of both (delivered). */
async function contract(n: number, over: Record<string, unknown>, shipped = false) {
  const id = `C${pad(n)}`
  await runWrite(db, as(clerk, ctx.now), async (w) => {
    await w.create(
      'contracts',
      {
        number: `HT-${pad(n)}`,
        customerId: '',
        step: 'filed',
        filedOn: `2026-11-${pad(n)}`,
        deliveryDueOn: `2026-11-${pad(n)}`,
        deliveredOn: '',
        totalFen: 100_000,
        ...over,
      } as never,
      { id },
    )
    await w.create('tradeLines', contractLineRow(id) as never, { id: `${id}-L` })
    if (shipped) {
      await w.create('shipments', { contractId: id, step: 'signed', number: `FY-${n}` } as never, {
        id: `${id}-S`,
      })
      await w.create('shipmentLines', {
        parentId: `${id}-S`,
        contractId: id,
        sourceLineId: `${id}-L`,
        qty: 2,
        serials: [],
      } as never)
    }
  })
  return id
}

const ids = (items: { id: string }[]) => items.map((i) => i.id)
const more = (items: { id: string; title: string }[]) => items.find((i) => i.id.endsWith('.more'))?.title

describe('due checks by index', () => {
  it('lists the first 20 contracts waiting for a purchase order by filing day and counts every other one exactly', async () => {
    db = freshDb()
    // 27 filed or performing and waiting, and others the check must not count.
    for (let n = 1; n <= 27; n++) await contract(n, { step: n % 2 ? 'filed' : 'performing' })
    await contract(28, { step: 'signed' })
    await contract(29, { step: 'filed' }, true)
    await runWrite(db, as(clerk, ctx.now), (w) =>
      w.create('purchaseOrders', { contractId: 'C01', step: 'review', number: 'CG-1' } as never),
    )
    await runWrite(db, as(clerk, ctx.now), (w) =>
      w.create('purchaseOrders', { contractId: 'C02', step: 'draft', number: 'CG-2' } as never),
    )
    const items = await deadlineCheck(purchaseOrderDeadline).collect(ctx)
    expect(items).toHaveLength(SHOWN_ITEMS + 1)
    // C01 has its order in review; C02's draft does not count.
    expect(ids(items).slice(0, 3)).toEqual([
      'shipping.purchaseOrder.C02',
      'shipping.purchaseOrder.C03',
      'shipping.purchaseOrder.C04',
    ])
    expect(more(items)).toBe('dashboard.checks.more {"count":6}')
  })

  it('counts contracts past their delivery date in every step in force and state not delivered', async () => {
    db = freshDb()
    for (let n = 1; n <= 24; n++) await contract(n, { step: ['signed', 'filed', 'performing'][n % 3] })
    await contract(25, { step: 'settled' })
    await contract(26, { step: 'performing' }, true)
    await contract(27, { step: 'performing', deliveryDueOn: today })
    await contract(28, { step: 'filed', deliveredOn: '2026-11-30' })
    const items = await deadlineCheck(deliveryDeadline).collect(ctx)
    expect(ids(items).slice(0, 2)).toEqual(['delivery.C01', 'delivery.C02'])
    expect(more(items)).toBe('dashboard.checks.more {"count":4}')
  })

  it('counts ordered goods past the promised date, not those promised today or later', async () => {
    db = freshDb()
    await runWrite(db, as(clerk, ctx.now), async (w) => {
      for (let n = 1; n <= 23; n++)
        await w.create('purchaseOrders', {
          contractId: '',
          step: n === 23 ? 'shipped' : 'ordered',
          number: `CG-${n}`,
          promisedOn: n === 22 ? today : `2026-11-${pad(n)}`,
        } as never)
    })
    const items = await deadlineCheck(promisedDateDeadline).collect(ctx)
    expect(items[0].due).toBe('2026-11-01')
    expect(more(items)).toBe('dashboard.checks.more {"count":1}')
  })

  it('counts as far as COUNT_CAP, and says "over" past it rather than walk every entry', async () => {
    db = freshDb()
    await runWrite(db, as(clerk, ctx.now), async (w) => {
      for (let n = 0; n < COUNT_CAP + 30; n++)
        await w.create('purchaseOrders', {
          contractId: '',
          step: 'ordered',
          number: `CG-${n}`,
          promisedOn: `2026-10-${pad(1 + (n % 28))}`,
        } as never)
    })
    const items = await deadlineCheck(promisedDateDeadline).collect(ctx)
    expect(items).toHaveLength(SHOWN_ITEMS + 1)
    expect(more(items)).toBe(`dashboard.checks.moreThan {"count":${COUNT_CAP - SHOWN_ITEMS}}`)
  })

  it('counts milestones overdue on contracts that owe them, leaving out voided, terminated and unsigned ones', async () => {
    db = freshDb()
    for (let n = 1; n <= 26; n++) {
      const step =
        n === 3 ? 'voided' : n === 4 ? 'terminated' : n === 5 ? 'draft' : n === 6 ? 'settled' : 'performing'
      const id = await contract(n, { step })
      await runWrite(db, as(clerk, ctx.now), (w) =>
        w.create('milestones', {
          parentTable: 'contracts',
          parentId: id,
          position: 1,
          kind: 'advance',
          percentBp: 10_000,
          trigger: 'fixed',
          triggerDays: 0,
          dueOn: `2026-11-${pad(n)}`,
          receivedOn: '',
        } as never),
      )
      // Paid in full by confirmed money: no longer owed.
      if (n === 7) {
        const milestone = await db.milestones.where('parentId').equals(id).first()
        await runWrite(db, as(clerk, ctx.now), (w) =>
          w.create('receiptAllocations', {
            parentId: 'R7',
            contractId: id,
            milestoneId: milestone!.id,
            amountFen: 100_000,
            confirmedOn: '2026-11-30',
          } as never),
        )
      }
    }
    const items = await deadlineCheck(paymentsDeadline).collect(ctx)
    // 26 − voided, terminated, draft, received = 22: 20 shown, 2 more; settled still owes.
    expect(items.slice(0, 4).map((i) => i.due)).toEqual([
      '2026-11-01',
      '2026-11-02',
      '2026-11-06',
      '2026-11-08',
    ])
    expect(more(items)).toBe('dashboard.checks.more {"count":2}')
    // Voiding a contract takes its milestones off the list: what it is owed follows its step.
    await runWrite(db, as(clerk, ctx.now), (w) => w.update('contracts', 'C01', { step: 'voided' } as never))
    await runWrite(db, as(clerk, ctx.now), (w) => w.update('contracts', 'C02', { step: 'voided' } as never))
    const after = await deadlineCheck(paymentsDeadline).collect(ctx)
    expect(after[0].due).toBe('2026-11-06')
    expect(after).toHaveLength(SHOWN_ITEMS)
  })
})
