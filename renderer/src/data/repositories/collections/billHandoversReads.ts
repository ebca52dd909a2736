/**
 * What the 票据交接 screens and the printed slip read: the bills still
 * waiting for finance — those on no slip (the receipts' `billWaitingSince`
 * index, as the 工作台's check reads them) and those on a slip finance has
 * not signed yet — each with its customer's name and whether it is
 * overdue; and one slip's bills in the slip's order.
 */
import { overdueBills } from '@shared/procedures/collections/bills'
import type { BillHandoverRecord, ReceiptRecord } from '@shared/procedures/collections/records'
import { liveRows } from '@shared/types/records'
import type { DeskDb } from '../../db'
import { receiptsById } from './billHandoversRepo'

/** A bill as the screens list it. */
export interface BillRow {
  receipt: ReceiptRecord
  customerName: string
  /** Still not with finance after the day it was due there (bills.ts overdueBills). */
  overdue: boolean
  /** The unsigned slip it is on, if any. */
  slip: Pick<BillHandoverRecord, 'id' | 'number'> | null
}

async function customerNames(db: DeskDb, receipts: readonly ReceiptRecord[]): Promise<Map<string, string>> {
  const customers = await db.customers.bulkGet([...new Set(receipts.map((r) => r.customerId))])
  return new Map(customers.flatMap((c) => (c ? [[c.id, String(c.name ?? '')] as const] : [])))
}

const byArrival = (a: BillRow, b: BillRow) =>
  a.receipt.receivedOn.localeCompare(b.receipt.receivedOn) || a.receipt.number.localeCompare(b.receipt.number)

/**
 * Bills finance does not have: on no slip yet (oldest first, the overdue
 * ones marked), then those on a slip waiting for finance's signature.
 */
export async function readWaitingBills(db: DeskDb, today: string): Promise<BillRow[]> {
  const [free, drafts] = await Promise.all([
    // '' (not waiting) sorts before every day and is left out.
    db.receipts.where('billWaitingSince').between('0000-00-00', '9999-12-31', true, true).toArray(),
    db.billHandovers.where('step').equals('draft').toArray(),
  ])
  const slips = liveRows(drafts)
  const heldBy = new Map(slips.flatMap((s) => s.receiptIds.map((id) => [id, s] as const)))
  const held = [...(await receiptsById(db, [...heldBy.keys()])).values()].filter(
    (r) => !r.deletedAt && r.handoverId === heldBy.get(r.id)?.id,
  )
  const waiting = liveRows(free).filter((r) => r.handoverId === '')
  // Listed on a slip finance has not signed is still not with finance: late all the same.
  const late = new Set(overdueBills([...waiting, ...held], today).map((r) => r.id))
  const names = await customerNames(db, [...waiting, ...held])
  const row = (r: ReceiptRecord, slip: BillRow['slip']): BillRow => ({
    receipt: r,
    customerName: names.get(r.customerId) ?? '',
    overdue: late.has(r.id),
    slip,
  })
  return [
    ...waiting.map((r) => row(r, null)).sort(byArrival),
    ...held
      .map((r) => {
        const s = heldBy.get(r.id)!
        return row(r, { id: s.id, number: s.number })
      })
      .sort(byArrival),
  ]
}

/** One slip's bills, in the slip's order, with their customers' names. */
export async function readSlipBills(db: DeskDb, slip: Pick<BillHandoverRecord, 'receiptIds'>) {
  const receipts = await receiptsById(db, slip.receiptIds)
  const listed = slip.receiptIds.flatMap((id) => {
    const r = receipts.get(id)
    return r ? [r] : []
  })
  const names = await customerNames(db, listed)
  return listed.map((r) => ({ receipt: r, customerName: names.get(r.customerId) ?? '' }))
}
