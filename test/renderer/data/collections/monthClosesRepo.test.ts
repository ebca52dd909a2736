/**
 * 往来账月结 through the repository: started once per month with the
 * receivables (aging total at month end) and payables (purchase orders
 * placed) worked out; the clerk's figures checked at their fields; submitted
 * from the month's last working day; signed off by finance alone, and only
 * once no receipt of the month waits for finance; a signed-off month is
 * closed to receipts (closedMonths), until finance reopens it saying why.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { closedMonthProblems, closedMonths } from '@shared/procedures/collections/monthClose'
import type { DeskDb } from '../../../../renderer/src/data/db'
import {
  monthCloseAction,
  monthFigures,
  readMonthCloses,
  saveMonthClose,
  startMonthClose,
} from '../../../../renderer/src/data/repositories/collections/monthClosesRepo'
import { runWrite } from '../../../../renderer/src/data/unitOfWork'
import { finance, footprint } from '../archiveFixture'
import { at, clerk, freshDb } from '../dbFixture'
import { asAt, contract, customers, purchaseOrder, receipt, salesManager } from './statementsFixture'

let db: DeskDb
afterEach(() => db?.close())

/** 2026-06-30 is a Tuesday, a working day: the month may go to finance from then. */
const monthEndDay = at('2026-06-30T17:00:00+08:00')
const early = at('2026-06-25T10:00:00+08:00')

async function setUp() {
  db = freshDb()
  const [c] = await customers(db, ['北京智诚科技有限公司'])
  const k = await contract(db, {
    customerId: c,
    signedOn: '2026-03-01',
    totalFen: 1_000_000,
    milestones: [
      [3000, '2026-03-08'],
      [7000, '2026-07-15'],
    ],
  })
  await receipt(db, {
    customerId: c,
    receivedOn: '2026-03-09',
    amountFen: 300_000,
    milestoneId: k.milestoneIds[0],
  })
  await purchaseOrder(db, 'ordered', '2026-04-02', 400_000)
  await purchaseOrder(db, 'closed', '2026-05-10', 150_000)
  // Not owed yet: approved but not ordered, ordered after month end, voided.
  await purchaseOrder(db, 'approved', '', 90_000)
  await purchaseOrder(db, 'shipped', '2026-07-03', 80_000)
  await purchaseOrder(db, 'voided', '2026-04-05', 70_000)
  return { customerId: c }
}

describe('the month close', () => {
  it('starts with the aging total and the ordered purchase orders, once per month', async () => {
    await setUp()
    expect(await monthFigures(db, '2026-06')).toMatchObject({
      aging: { total: 700_000, notDue: 700_000 },
      payablesFen: 550_000,
      payableOrders: 2,
    })
    const close = await startMonthClose(db, { month: '2026-06' }, asAt(clerk, early))
    expect(close).toMatchObject({
      id: '2026-06',
      step: 'open',
      receivablesFen: 700_000,
      payablesFen: 550_000,
    })
    await expect(startMonthClose(db, { month: '2026-06' }, asAt(clerk, early))).rejects.toMatchObject({
      code: 'monthCloses.exists',
    })
    await expect(startMonthClose(db, { month: '2026-05' }, asAt(finance, early))).rejects.toMatchObject({
      code: 'auth.forbidden',
    })
    expect((await readMonthCloses(db)).map((c) => c.month)).toEqual(['2026-06'])
  })

  it('takes the agreed figures, is submitted from the last working day and signed off by finance alone', async () => {
    const { customerId } = await setUp()
    await startMonthClose(db, { month: '2026-06' }, asAt(clerk, early))
    await expect(
      saveMonthClose(
        db,
        { input: { month: '2026-06', receivablesFen: -1, payablesFen: 0 } },
        asAt(clerk, early),
      ),
    ).rejects.toMatchObject({ code: 'validation', params: { field: 'receivablesFen' } })
    await saveMonthClose(
      db,
      { input: { month: '2026-06', receivablesFen: 700_000, payablesFen: 523_000 } },
      asAt(clerk, early),
    )
    const act = (
      action: 'submit' | 'signOff' | 'return' | 'reopen',
      actor = clerk,
      when = monthEndDay,
      comment = '',
    ) => monthCloseAction(db, { month: '2026-06', action, payload: { comment } }, asAt(actor, when))
    await expect(act('submit', clerk, early)).rejects.toMatchObject({
      messageKey: 'collectionsValidation.monthNotEnded',
      params: { field: 'month', from: '2026-06-30' },
    })
    expect(await act('submit')).toMatchObject({ step: 'toSignOff', preparedBy: clerk.name })
    await expect(
      saveMonthClose(db, { input: { month: '2026-06', receivablesFen: 1, payablesFen: 1 } }, asAt(clerk)),
    ).rejects.toMatchObject({ code: 'monthCloses.submitted' })

    // Not the clerk, not the sales manager: finance signs off.
    for (const actor of [clerk, salesManager])
      await expect(act('signOff', actor)).rejects.toMatchObject({ code: 'auth.forbidden' })
    // A receipt of the month still waiting for finance would change the month after it closed.
    const waiting = await receipt(db, {
      customerId,
      receivedOn: '2026-06-29',
      amountFen: 5_000,
      step: 'pending',
    })
    const before = await footprint(db, 'monthCloses')
    await expect(act('signOff', finance)).rejects.toMatchObject({
      messageKey: 'collectionsValidation.receiptsWaiting',
      params: { count: 1 },
    })
    expect(await footprint(db, 'monthCloses')).toEqual(before)
    await runWrite(db, asAt(finance), (w) => w.update('receipts', waiting, { step: 'confirmed' } as never))
    expect(await act('signOff', finance)).toMatchObject({
      step: 'signedOff',
      signedOffBy: finance.name,
      payablesFen: 523_000,
    })

    // Closed to money dated in it; reopened by finance only, saying why.
    const closed = closedMonths(await readMonthCloses(db))
    expect(closedMonthProblems('receivedOn', '2026-06-15', closed)).toEqual([
      { field: 'receivedOn', messageKey: 'collectionsValidation.monthClosed', params: { month: '2026-06' } },
    ])
    expect(closedMonthProblems('receivedOn', '2026-07-01', closed)).toEqual([])
    await expect(act('reopen', clerk, monthEndDay, '补登')).rejects.toMatchObject({ code: 'auth.forbidden' })
    await expect(act('reopen', finance)).rejects.toMatchObject({ params: { field: 'comment' } })
    expect(await act('reopen', finance, monthEndDay, '补登 6 月 29 日回款')).toMatchObject({ step: 'open' })
    expect(closedMonths(await readMonthCloses(db)).size).toBe(0)
  })
})
