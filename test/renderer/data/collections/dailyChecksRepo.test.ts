/**
 * 每日回款核对 through the repository: one row per day (its id is the day),
 * a second record of the day correcting the first; a difference with
 * finance is refused without what is done about it, at 差异说明, and a
 * future day or an unnamed person at theirs, with nothing written; the
 * working days missed since the first money registered (a weekend not
 * among them) and made good afterwards; the day's receipts by step.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { ReceiptStep } from '@shared/procedures/collections/records'
import type { DeskDb } from '../../../../renderer/src/data/db'
import {
  checkHistory,
  missedDays,
  receiptsOfDay,
  recordDailyCheck,
} from '../../../../renderer/src/data/repositories/collections/dailyChecksRepo'
import { runWrite } from '../../../../renderer/src/data/unitOfWork'
import { as, finance, footprint } from '../archiveFixture'
import { at, clerk, freshDb } from '../dbFixture'

let db: DeskDb
afterEach(() => db?.close())

/** A Thursday. */
const now = at('2026-11-26T17:00:00+08:00')
const today = '2026-11-26'

const check = (input: Record<string, unknown>, actor = clerk) =>
  recordDailyCheck(
    db,
    { input: { day: today, clerk: '李内勤', finance: '赵财务', differenceFen: 0, note: '', ...input } },
    as(actor, now),
  )

async function aReceipt(n: number, receivedOn: string, step: ReceiptStep, amountFen: number) {
  await runWrite(db, as(clerk, now), (w) =>
    w.create('receipts', {
      number: `SK-202611-${1000 + n}`,
      customerId: 'C-1',
      receivedOn,
      payer: '上海浦江电力工程有限公司',
      method: 'transfer',
      accountId: 'ACC-ICBC',
      amountFen,
      billNo: '',
      drawer: '',
      acceptor: '',
      billIssuedOn: '',
      billDueOn: '',
      step,
      confirmedBy: '',
      confirmedOn: '',
      financeComment: '',
      customerToldOn: '',
      customerToldHow: '',
      handoverId: '',
      note: '',
      voidReason: '',
      voidedOn: '',
    }),
  )
}

describe('每日回款核对', () => {
  it('needs what is done about a difference, at 差异说明, and writes nothing without it', async () => {
    db = freshDb()
    const before = await footprint(db, 'collectionChecks')
    await expect(check({ differenceFen: -120_000 })).rejects.toMatchObject({
      messageKey: 'collectionsValidation.differenceNote',
      params: { field: 'note', difference: '-¥1,200.00' },
    })
    await expect(check({ differenceFen: 50, note: '   ' })).rejects.toMatchObject({
      params: { field: 'note' },
    })
    await expect(check({ finance: '' })).rejects.toMatchObject({
      messageKey: 'validation.required',
      params: { field: 'finance' },
    })
    await expect(check({ day: '2026-11-27' })).rejects.toMatchObject({
      messageKey: 'validation.contract.future',
      params: { field: 'day' },
    })
    await expect(check({}, finance)).rejects.toMatchObject({ code: 'auth.forbidden' })
    expect(await footprint(db, 'collectionChecks')).toEqual(before)

    const saved = await check({ differenceFen: -120_000, note: '工行到账一笔未登记，已补登' })
    expect([saved.id, saved.day, saved.differenceFen, saved.note]).toEqual([
      today,
      today,
      -120_000,
      '工行到账一笔未登记，已补登',
    ])
  })

  it('keeps one row per day: a second record of the day corrects the first', async () => {
    db = freshDb()
    await check({ differenceFen: 30_000, note: '待查' })
    await check({ differenceFen: 0, note: '已查明：重复登记，已作废' })
    expect(await db.collectionChecks.count()).toBe(1)
    const [row] = await checkHistory(db)
    expect([row.day, row.differenceFen, row.note]).toEqual([today, 0, '已查明：重复登记，已作废'])
    // Both versions stay in the audit log: the create and the correction.
    const entries = (await db._audit.toArray()).filter((e) => e.table === 'collectionChecks')
    expect(entries.map((e) => [e.action, e.rowId])).toEqual([
      ['create', today],
      ['update', today],
    ])
  })

  it('counts the working days missed since the first money registered, and each made good afterwards', async () => {
    db = freshDb()
    // Money first registered on Friday the 20th: Mon 23 – Wed 25 and Fri 20 are owed, the weekend is not.
    await aReceipt(1, '2026-11-20', 'confirmed', 500_000)
    expect(await missedDays(db, today)).toEqual(['2026-11-20', '2026-11-23', '2026-11-24', '2026-11-25'])
    await check({ day: '2026-11-23' })
    await check({ day: '2026-11-20' })
    expect(await missedDays(db, today)).toEqual(['2026-11-24', '2026-11-25'])
    // Today's is to do, not missed.
    expect(await missedDays(db, today)).not.toContain(today)
    expect((await checkHistory(db)).map((c) => c.day)).toEqual(['2026-11-23', '2026-11-20'])
  })

  it('sums the day’s receipts by step, by the day the money arrived', async () => {
    db = freshDb()
    await aReceipt(1, today, 'pending', 1_000_000)
    await aReceipt(2, today, 'pending', 250_050)
    await aReceipt(3, today, 'confirmed', 3_000_000)
    await aReceipt(4, today, 'voided', 99_900)
    await aReceipt(5, '2026-11-25', 'pending', 7_000_000)
    expect(await receiptsOfDay(db, today)).toEqual([
      { step: 'pending', count: 2, amountFen: 1_250_050 },
      { step: 'confirmed', count: 1, amountFen: 3_000_000 },
      { step: 'returned', count: 0, amountFen: 0 },
      { step: 'voided', count: 1, amountFen: 99_900 },
    ])
  })
})
