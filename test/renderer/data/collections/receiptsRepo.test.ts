/**
 * 收款登记 through the repository: registered into the company's account
 * only and split over the customer's open milestones — refused at the
 * field when a part is above what is open (counting every other receipt
 * not voided), the parts do not add up, the account is not the company's
 * or a bill's fields are missing, and nothing is written then; finance
 * alone confirms (a bill only once handed over), stamping its day on every
 * part, returns with a reason for the clerk to fix and resubmit, or
 * reverses a confirmed one; a month finance signed off takes no receipt.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { DeskDb } from '../../../../renderer/src/data/db'
import { readCustomerMilestones } from '../../../../renderer/src/data/repositories/collections/collectionsReads'
import {
  receiptAction,
  saveReceipt,
} from '../../../../renderer/src/data/repositories/collections/receiptsRepo'
import { runWrite } from '../../../../renderer/src/data/unitOfWork'
import { as, finance, footprint } from '../archiveFixture'
import { clerk, freshDb } from '../dbFixture'
import { type Seeded, day, seed, signOff, today, transfer } from './receiptsFixture'

let db: DeskDb
afterEach(() => db?.close())

const parts = async (receiptId: string) =>
  (await db.receiptAllocations.where('parentId').equals(receiptId).toArray())
    .filter((a) => !a.deletedAt)
    .map((a) => [a.milestoneId, a.amountFen, a.confirmedOn])

const openOf = async (s: Seeded) =>
  Object.fromEntries(
    (await readCustomerMilestones(db, s.customerId)).milestones.map((m) => [
      m.milestone.id,
      [m.receivedFen, m.openFen],
    ]),
  )

const register = (s: Seeded, input: unknown) => saveReceipt(db, { id: null, input }, as(clerk, day))
const act = (id: string, action: never, payload: object, actor = finance) =>
  receiptAction(db, { id, action, payload: payload as never }, as(actor, day))

describe('registering a receipt', () => {
  it('numbers it, splits it over milestones of contracts in force, and waits for finance', async () => {
    db = freshDb()
    const s = await seed(db)
    const r = await register(s, transfer(s, { [s.advance]: 3_000_000, [s.delivery]: 1_000_000 }))
    expect(r.number).toMatch(/^SK-202610-\d{4}$/)
    expect([r.step, r.amountFen, r.confirmedOn]).toEqual(['pending', 4_000_000, ''])
    const [allocation] = await db.receiptAllocations.where('parentId').equals(r.id).toArray()
    expect(allocation.contractId).toBe(s.contractId)
    expect(await parts(r.id)).toEqual([
      [s.advance, 3_000_000, ''],
      [s.delivery, 1_000_000, ''],
    ])
    // Held but not received: only confirmed money counts.
    expect(await openOf(s)).toEqual({
      [s.advance]: [0, 0],
      [s.delivery]: [0, 5_000_000],
      [s.retention]: [0, 1_000_000],
    })
  })

  it('refuses each wrong input at its field and writes nothing', async () => {
    db = freshDb()
    const s = await seed(db)
    const before = await footprint(db, 'receipts')
    const refused = async (input: unknown, field: string, messageKey: string, params = {}) => {
      await expect(register(s, input)).rejects.toMatchObject({ messageKey, params: { field, ...params } })
      expect(await footprint(db, 'receipts')).toEqual(before)
    }
    await refused(
      transfer(s, { [s.advance]: 3_000_001 }),
      'allocations.0.amountFen',
      'collectionsValidation.overOpen',
      { milestone: 'HT-202609-0001 预付款', left: '¥30,000.00' },
    )
    await refused(
      transfer(s, { [s.advance]: 1_000_000 }, { amountFen: 1_500_000 }),
      'allocations',
      'collectionsValidation.allocationsSum',
    )
    // Not the company's account, or none chosen: the refusal names the rule.
    for (const accountId of ['6222 0000 1111 2222', ''])
      await refused(
        transfer(s, { [s.advance]: 1_000_000 }, { accountId }),
        'accountId',
        'collectionsValidation.notCompanyAccount',
      )
    const bill = { method: 'bankBill', billNo: '31300051 20261009', drawer: '上海浦江电力工程有限公司' }
    await refused(
      transfer(s, { [s.advance]: 1_000_000 }, {
        ...bill,
        billIssuedOn: '2026-10-08',
        billDueOn: '2027-04-08',
      } as never),
      'acceptor',
      'validation.required',
    )
    await refused(
      transfer(s, { [s.advance]: 1_000_000 }, {
        ...bill,
        acceptor: '中国银行上海分行',
        billIssuedOn: '2026-10-08',
      } as never),
      'billDueOn',
      'validation.required',
    )
    await refused(
      transfer(s, { [s.advance]: 1_000_000 }, { method: 'cheque', drawer: '浦江电力', billIssuedOn: today }),
      'billNo',
      'validation.required',
    )
    await refused(
      transfer(s, { [s.advance]: 1_000_000 }, { receivedOn: '2026-10-10' }),
      'receivedOn',
      'validation.contract.future',
    )
  })

  it('counts every other receipt not voided against what a milestone has open', async () => {
    db = freshDb()
    const s = await seed(db)
    const first = await register(s, transfer(s, { [s.advance]: 2_000_000 }))
    await expect(register(s, transfer(s, { [s.advance]: 1_000_001 }))).rejects.toMatchObject({
      params: { field: 'allocations.0.amountFen', left: '¥10,000.00' },
    })
    await act(first.id, 'void' as never, { reason: '重复登记' }, clerk)
    const second = await register(s, transfer(s, { [s.advance]: 3_000_000 }))
    expect(second.step).toBe('pending')
  })

  it('is not taken for a contract that is not yet signed', async () => {
    db = freshDb()
    const s = await seed(db, 'approval')
    await expect(register(s, transfer(s, { [s.advance]: 1_000_000 }))).rejects.toMatchObject({
      messageKey: 'collectionsValidation.unknownMilestone',
      params: { field: 'allocations.0.milestoneId' },
    })
  })

  it('is refused in a month finance signed off, and so is voiding one dated in it', async () => {
    db = freshDb()
    const s = await seed(db)
    const late = await register(s, transfer(s, { [s.advance]: 1_000_000 }, { receivedOn: '2026-09-30' }))
    await signOff(db, '2026-09')
    await expect(
      register(s, transfer(s, { [s.advance]: 1_000_000 }, { receivedOn: '2026-09-29' })),
    ).rejects.toMatchObject({
      messageKey: 'collectionsValidation.monthClosed',
      params: { field: 'receivedOn', month: '2026-09' },
    })
    await expect(act(late.id, 'void' as never, { reason: '错登' }, clerk)).rejects.toMatchObject({
      params: { field: 'receivedOn' },
    })
    await expect(act(late.id, 'confirm' as never, {})).rejects.toMatchObject({
      params: { field: 'receivedOn' },
    })
  })
})

describe('finance and the receipt', () => {
  it('confirms alone, stamping the day on every part; then the customer is told', async () => {
    db = freshDb()
    const s = await seed(db)
    const r = await register(s, transfer(s, { [s.advance]: 3_000_000, [s.delivery]: 500_000 }))
    await expect(act(r.id, 'confirm' as never, {}, clerk)).rejects.toMatchObject({ code: 'auth.forbidden' })
    await expect(
      act(r.id, 'tellCustomer' as never, { toldOn: today, how: 'phone' }, clerk),
    ).rejects.toMatchObject({ code: 'receipts.notConfirmed' })
    const confirmed = await act(r.id, 'confirm' as never, { comment: '已核对工行到账' })
    expect([confirmed.step, confirmed.confirmedBy, confirmed.confirmedOn]).toEqual([
      'confirmed',
      '赵财务',
      today,
    ])
    expect(await parts(r.id)).toEqual([
      [s.advance, 3_000_000, today],
      [s.delivery, 500_000, today],
    ])
    expect((await openOf(s))[s.delivery]).toEqual([500_000, 5_500_000])
    // Confirmed money is not edited: reversed, if ever.
    await expect(
      saveReceipt(db, { id: r.id, input: transfer(s, { [s.advance]: 3_000_000 }) }, as(clerk, day)),
    ).rejects.toMatchObject({ code: 'receipts.confirmed' })
    await expect(act(r.id, 'tellCustomer' as never, { toldOn: today, how: '' }, clerk)).rejects.toMatchObject(
      {
        params: { field: 'how' },
      },
    )
    const told = await act(r.id, 'tellCustomer' as never, { toldOn: today, how: 'phone' }, clerk)
    expect([told.customerToldOn, told.customerToldHow]).toEqual([today, 'phone'])
  })

  it('confirms a bill only once finance has signed for it', async () => {
    db = freshDb()
    const s = await seed(db)
    const cheque = (fen: number, billNo: string) =>
      transfer(
        s,
        { [s.advance]: fen },
        { method: 'cheque', billNo, drawer: '上海浦江电力工程有限公司', billIssuedOn: today },
      )
    const waitingSince = async (id: string) =>
      ((await db.receipts.get(id)) as { billWaitingSince?: string } | undefined)?.billWaitingSince
    // A bill waits for finance from the day it arrived (the 工作台's index), until voided or handed over.
    const wrong = await register(s, cheque(1_000_000, '10203039'))
    expect(await waitingSince(wrong.id)).toBe(today)
    await act(wrong.id, 'void' as never, { reason: '票号登记错误' }, clerk)
    expect(await waitingSince(wrong.id)).toBe('')
    const r = await register(s, cheque(3_000_000, '10203040'))
    expect(await waitingSince(r.id)).toBe(today)
    await expect(act(r.id, 'confirm' as never, {})).rejects.toMatchObject({
      messageKey: 'collectionsValidation.billNotHandedOver',
      params: { field: 'handoverId' },
    })
    // The handover slip (票据交接), signed by finance, writes its id and the day on the receipt.
    await runWrite(db, as(clerk, day), (w) =>
      w.update('receipts', r.id, { handoverId: 'PJ-1', handedOverOn: today }),
    )
    await expect(
      saveReceipt(db, { id: r.id, input: transfer(s, { [s.advance]: 3_000_000 }) }, as(clerk, day)),
    ).rejects.toMatchObject({
      messageKey: 'receiptsScreen.errors.billHandedOver',
      params: { field: 'method' },
    })
    expect((await act(r.id, 'confirm' as never, {})).step).toBe('confirmed')
  })

  it('returns with a reason; the clerk fixes the parts and resubmits', async () => {
    db = freshDb()
    const s = await seed(db)
    const r = await register(s, transfer(s, { [s.delivery]: 3_000_000 }))
    await expect(act(r.id, 'return' as never, { comment: ' ' })).rejects.toMatchObject({
      params: { field: 'comment' },
    })
    const returned = await act(r.id, 'return' as never, { comment: '应为预付款' })
    expect([returned.step, returned.financeComment]).toEqual(['returned', '应为预付款'])
    await expect(act(r.id, 'confirm' as never, {})).rejects.toMatchObject({ code: 'receipts.notPending' })
    const fixed = await saveReceipt(
      db,
      { id: r.id, input: transfer(s, { [s.advance]: 3_000_000 }) },
      as(clerk, day),
    )
    expect(fixed.step).toBe('returned')
    expect(await parts(r.id)).toEqual([[s.advance, 3_000_000, '']])
    expect((await act(r.id, 'resubmit' as never, {}, clerk)).step).toBe('pending')
    expect((await act(r.id, 'confirm' as never, {})).step).toBe('confirmed')
    expect(await openOf(s)).toMatchObject({ [s.advance]: [3_000_000, 0], [s.delivery]: [0, 6_000_000] })
  })

  it('reverses a confirmed receipt (a dishonoured cheque): the parts lose their day, the milestones are open again', async () => {
    db = freshDb()
    const s = await seed(db)
    const r = await register(s, transfer(s, { [s.advance]: 3_000_000 }))
    await act(r.id, 'confirm' as never, {})
    await expect(act(r.id, 'void' as never, { reason: '错登' }, clerk)).rejects.toMatchObject({
      code: 'procedure.stepClosed',
    })
    await expect(act(r.id, 'reverse' as never, { reason: '退票' }, clerk)).rejects.toMatchObject({
      code: 'auth.forbidden',
    })
    const reversed = await act(r.id, 'reverse' as never, { reason: '支票退票' })
    expect([reversed.step, reversed.voidReason, reversed.voidedOn]).toEqual(['voided', '支票退票', today])
    expect(await parts(r.id)).toEqual([[s.advance, 3_000_000, '']])
    expect((await openOf(s))[s.advance]).toEqual([0, 3_000_000])
  })
})
