/**
 * 票据交接签收单 through the repository: the clerk lists the bills waiting
 * for finance on a PJ- slip and each listed receipt names the slip in the
 * same transaction; a transfer, a bill listed twice, a bill on another
 * slip, a future day or no bill at all is refused at its field with
 * nothing written; finance signs in the app as itself, or the clerk
 * records finance's paper signature with its scan; voiding gives the bills
 * back to the waiting list, where the ones that arrived before today show
 * overdue.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { ReceiptMethod, ReceiptRecord } from '@shared/procedures/collections/records'
import type { DeskDb } from '../../../../renderer/src/data/db'
import { deriveNow } from '../../../../renderer/src/data/deriveNow'
import { saveArchive } from '../../../../renderer/src/data/repositories/archivesRepo'
import { addAttachment } from '../../../../renderer/src/data/repositories/attachmentsRepo'
import {
  billHandoverAction,
  createBillHandover,
} from '../../../../renderer/src/data/repositories/collections/billHandoversRepo'
import { readWaitingBills } from '../../../../renderer/src/data/repositories/collections/billHandoversReads'
import { runWrite } from '../../../../renderer/src/data/unitOfWork'
import { archiveInput, as, finance, footprint } from '../archiveFixture'
import { at, clerk, freshDb } from '../dbFixture'

let db: DeskDb
afterEach(() => db?.close())

/** A Thursday; the day before is a working day, so a bill from it is overdue today. */
const now = at('2026-11-26T10:00:00+08:00')
const today = '2026-11-26'
const yesterday = '2026-11-25'

async function aReceipt(
  customerId: string,
  n: number,
  method: ReceiptMethod,
  receivedOn: string,
  extra: Partial<ReceiptRecord> = {},
): Promise<ReceiptRecord> {
  return runWrite(db, as(clerk, now), async (w) => {
    const r = await w.create('receipts', {
      number: `SK-202611-${1000 + n}`,
      customerId,
      receivedOn,
      payer: '上海浦江电力工程有限公司',
      method,
      accountId: 'ACC-ICBC',
      amountFen: 10_000_000 + n,
      billNo: method === 'transfer' ? '' : `3100000${n}`,
      drawer: method === 'transfer' ? '' : '上海浦江电力工程有限公司',
      acceptor: method === 'bankBill' ? '中国工商银行上海分行' : '',
      billIssuedOn: method === 'transfer' ? '' : receivedOn,
      billDueOn: method === 'bankBill' ? '2027-05-20' : '',
      step: 'pending',
      confirmedBy: '',
      confirmedOn: '',
      financeComment: '',
      customerToldOn: '',
      customerToldHow: '',
      handoverId: '',
      note: '',
      voidReason: '',
      voidedOn: '',
      ...extra,
    })
    // As the receipts repository does: the waiting-list index is derived from the row.
    await deriveNow(w, db, 'receipts', r.id)
    return r
  })
}

async function setUp() {
  db = freshDb()
  const customer = await saveArchive(
    db,
    { table: 'customers', id: null, input: archiveInput('customers', { name: '上海浦江电力工程有限公司' }) },
    as(clerk, now),
  )
  return {
    bank: await aReceipt(customer.id, 1, 'bankBill', today),
    cheque: await aReceipt(customer.id, 2, 'cheque', yesterday),
    transfer: await aReceipt(customer.id, 3, 'transfer', today),
    voided: await aReceipt(customer.id, 4, 'cheque', today, { step: 'voided' }),
  }
}

const slipOf = (receiptIds: string[], handedOn = today) =>
  createBillHandover(db, { input: { handedOn, receivedBy: '', receiptIds } }, as(clerk, now))

const waiting = async () =>
  (await readWaitingBills(db, today)).map((b) => [b.receipt.number, b.overdue, b.slip?.number ?? ''])

describe('票据交接签收单', () => {
  it('lists the waiting bills, the one from yesterday overdue, and holds each bill it lists', async () => {
    const { bank, cheque } = await setUp()
    expect(await waiting()).toEqual([
      ['SK-202611-1002', true, ''],
      ['SK-202611-1001', false, ''],
    ])
    const slip = await slipOf([bank.id, cheque.id])
    expect(slip.number).toMatch(/^PJ-202611-\d{4}$/)
    expect([slip.step, slip.handedBy, slip.handedOn]).toEqual(['draft', '李内勤', today])
    for (const id of [bank.id, cheque.id]) {
      const r = (await db.receipts.get(id)) as ReceiptRecord & { billWaitingSince: string }
      // Listed, not yet finance's: it still waits (the 工作台 asks until finance signs).
      expect([r.handoverId, r.handedOverOn ?? '', r.billWaitingSince]).toEqual([slip.id, '', r.receivedOn])
    }
    // Still waiting for finance's signature: listed under the slip, and yesterday's bill late until finance signs.
    expect(await waiting()).toEqual([
      ['SK-202611-1002', true, slip.number],
      ['SK-202611-1001', false, slip.number],
    ])
  })

  it('refuses a transfer, a bill listed twice, a bill on another slip, a future day and no bill, writing nothing', async () => {
    const { bank, cheque, transfer, voided } = await setUp()
    const before = await footprint(db, 'billHandovers')
    const refused = async (ids: string[], messageKey: string, field: string, handedOn = today) => {
      await expect(slipOf(ids, handedOn)).rejects.toMatchObject({ messageKey, params: { field } })
      expect(await footprint(db, 'billHandovers')).toEqual(before)
    }
    await refused([bank.id, transfer.id], 'collectionsValidation.notBill', 'receiptIds.1')
    await refused([bank.id, bank.id], 'collectionsValidation.billTwice', 'receiptIds.1')
    await refused([voided.id], 'collectionsValidation.billGone', 'receiptIds.0')
    await refused([bank.id], 'validation.contract.future', 'handedOn', '2026-11-27')
    await refused([bank.id], 'collectionsValidation.handedBeforeReceived', 'receiptIds.0', yesterday)
    await refused([], 'collectionsValidation.noBills', 'receiptIds')
    expect((await db.receipts.get(bank.id))?.handoverId).toBe('')

    const first = await slipOf([cheque.id])
    const after = await footprint(db, 'billHandovers')
    await expect(slipOf([bank.id, cheque.id])).rejects.toMatchObject({
      messageKey: 'collectionsValidation.billHandedOver',
      params: { field: 'receiptIds.1', number: 'SK-202611-1002' },
    })
    expect(await footprint(db, 'billHandovers')).toEqual(after)
    expect((await db.receipts.get(bank.id))?.handoverId).toBe('')
    expect((await db.receipts.get(cheque.id))?.handoverId).toBe(first.id)
  })

  it('is signed by finance in the app, as the signed-in user; the clerk may not sign for finance', async () => {
    const { bank, cheque } = await setUp()
    const slip = await slipOf([bank.id, cheque.id])
    await expect(
      billHandoverAction(db, { id: slip.id, action: 'sign', payload: {} }, as(clerk, now)),
    ).rejects.toMatchObject({ code: 'auth.forbidden' })
    const signed = await billHandoverAction(
      db,
      { id: slip.id, action: 'sign', payload: {} },
      as(finance, now),
    )
    expect([signed.step, signed.receivedBy, signed.signedOn, signed.signedScanId]).toEqual([
      'signed',
      '赵财务',
      today,
      '',
    ])
    expect(await waiting()).toEqual([])
    // Signed is final: no voiding it.
    await expect(
      billHandoverAction(db, { id: slip.id, action: 'void', payload: { reason: '重开' } }, as(clerk, now)),
    ).rejects.toMatchObject({ code: 'procedure.stepClosed' })
  })

  it('records finance’s paper signature only with the signed scan attached to the slip', async () => {
    const { bank } = await setUp()
    const slip = await slipOf([bank.id])
    const paper = (signedScanId: string, signedOn = today) =>
      billHandoverAction(
        db,
        { id: slip.id, action: 'recordPaper', payload: { receivedBy: '赵财务', signedOn, signedScanId } },
        as(clerk, now),
      )
    await expect(paper('')).rejects.toMatchObject({
      messageKey: 'collectionsValidation.scanMissing',
      params: { field: 'signedScanId' },
    })
    const stored = { sha256: 'b'.repeat(64), bytes: 2048, mime: 'application/pdf' as const }
    const scan = await addAttachment(
      db,
      { owner: { table: 'billHandovers', id: slip.id }, stored, fileName: '票据交接签收单-签字.pdf' },
      as(clerk, now),
    )
    await expect(paper(scan.id, '2026-11-27')).rejects.toMatchObject({
      messageKey: 'validation.contract.future',
      params: { field: 'signedOn' },
    })
    const signed = await paper(scan.id)
    expect([signed.step, signed.receivedBy, signed.signedOn, signed.signedScanId]).toEqual([
      'signed',
      '赵财务',
      today,
      scan.id,
    ])
    expect((await db.receipts.get(bank.id))?.handoverId).toBe(slip.id)
  })

  it('voided with a reason, gives its bills back to the waiting list, where they may go on a new slip', async () => {
    const { bank, cheque } = await setUp()
    const slip = await slipOf([bank.id, cheque.id])
    await expect(
      billHandoverAction(db, { id: slip.id, action: 'void', payload: { reason: ' ' } }, as(clerk, now)),
    ).rejects.toMatchObject({ messageKey: 'validation.required', params: { field: 'reason' } })
    const voided = await billHandoverAction(
      db,
      { id: slip.id, action: 'void', payload: { reason: '票据号码抄错' } },
      as(clerk, now),
    )
    expect([voided.step, voided.voidReason]).toEqual(['voided', '票据号码抄错'])
    const back = (await db.receipts.get(cheque.id)) as ReceiptRecord & { billWaitingSince: string }
    expect([back.handoverId, back.billWaitingSince]).toEqual(['', yesterday])
    expect(await waiting()).toEqual([
      ['SK-202611-1002', true, ''],
      ['SK-202611-1001', false, ''],
    ])
    const again = await slipOf([cheque.id, bank.id])
    expect(again.number).not.toBe(slip.number)
    expect((await db.receipts.get(bank.id))?.handoverId).toBe(again.id)
  })
})
